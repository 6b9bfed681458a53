-- Users, their personal namespaces and API keys; projects, members and the activity timeline.
-- Portable SQL: ids are text UUIDs, timestamps ISO 8601 UTC text, booleans integers.

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    namespace     TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE api_keys (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    prefix       TEXT NOT NULL,
    key_hash     TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT NULL,
    expires_at   TEXT NULL
);

CREATE INDEX ix_api_keys_user ON api_keys (user_id);

CREATE TABLE projects (
    id          TEXT PRIMARY KEY,
    namespace   TEXT NOT NULL,
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NULL,
    status      TEXT NOT NULL,
    created_by  TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (namespace, slug)
);

CREATE TABLE project_members (
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

CREATE INDEX ix_project_members_user ON project_members (user_id);

-- Read oldest first by (occurred_at, id); occurred_at comes from a clock that never repeats within a process.
CREATE TABLE timeline_events (
    id          TEXT PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    action      TEXT NOT NULL,
    name        TEXT NOT NULL,
    actor_id    TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    occurred_at TEXT NOT NULL,
    details     TEXT NULL
);

CREATE INDEX ix_timeline_events_project ON timeline_events (project_id, occurred_at, id);
