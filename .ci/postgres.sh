# Sourced by .ci/run: starts a throwaway PostgreSQL server (Debian's server binaries, found through
# pg_config) in a temporary directory on 127.0.0.1 and a free port, exports DATAPLATFORM_TEST_POSTGRES,
# and stops it and removes its files when the calling shell exits, also on failure.

start_throwaway_postgres() {
    local bin
    bin="$(pg_config --bindir 2>/dev/null)" || { echo "pg_config not found: the PostgreSQL 15 server binaries are needed" >&2; return 1; }
    [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] || { echo "initdb/pg_ctl not found in $bin" >&2; return 1; }

    PG_DIR="$(mktemp -d)"
    local as_owner=()
    if [ "$(id -u)" -eq 0 ]; then
        # PostgreSQL refuses to run as root.
        chown postgres "$PG_DIR"
        as_owner=(runuser -u postgres --)
    fi

    local port=""
    for candidate in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port="$candidate"
            break
        fi
    done
    [ -n "$port" ] || { echo "no free port found for PostgreSQL" >&2; return 1; }

    PG_CTL=("${as_owner[@]}" "$bin/pg_ctl" -D "$PG_DIR/data")
    trap stop_throwaway_postgres EXIT
    "${as_owner[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    # Throwaway data: durability settings off for speed.
    "${PG_CTL[@]}" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start > /dev/null \
        || { cat "$PG_DIR/server.log" >&2; return 1; }

    export DATAPLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for tests on 127.0.0.1:$port"
}

stop_throwaway_postgres() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
        "${PG_CTL[@]}" stop -m immediate > /dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}
