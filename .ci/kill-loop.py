#!/usr/bin/env python3
"""Crash consistency: kill -9 the service at random points of its writes, restart it, check rows and files.

Each round starts one write (an upload, a new version, a dataset delete, a project delete or an
import) against a running service, kills the process with SIGKILL after a random delay, starts it
again on the same data folder, and checks what the startup left: every artifact row has its file,
every stored file has a row, no staged file is left in artifacts/tmp, and the API still answers.

Usage: kill-loop.py SERVICE_EXECUTABLE [ROUNDS]   (exit code 1 on the first inconsistency)
Only the Python standard library is used; the database is the embedded SQLite one.
"""
import json
import os
import shutil
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
import zipfile

ROWS = 400_000  # about 30 MB: long enough to be killed while it streams or profiles


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    def __init__(self, executable, data, log):
        self.executable, self.data, self.log = executable, data, log
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [self.executable, "--urls", self.base, f"--DataPlatform:DataDirectory={self.data}",
             "--DataPlatform:MaxDatasetUploadBytes=200000000", "--DataPlatform:Auth:RateLimitPermits=100000"],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("the service did not answer /health within 60 s; see the log")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def request(service, method, path, token=None, body=None, content_type="application/json", timeout=120):
    headers = {"Content-Type": content_type} if body is not None else {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
    req = urllib.request.Request(service.base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw and response.headers.get_content_type() == "application/json" else raw)
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def multipart(fields, file_name, content):
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode() for name, value in fields]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{file_name}"\r\n\r\n'.encode())
    parts.append(content)
    parts.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def csv_file(seed):
    rnd = random.Random(seed)
    lines = ["id,amount,city,when"]
    lines += [f"{i},{rnd.random() * 1000:.2f},city{rnd.randrange(500)},2025-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(ROWS)]
    return ("\n".join(lines) + "\n").encode()


def check(data, round_number, operation):
    """Rows and files agree, and nothing is left staged."""
    database = sqlite3.connect(f"file:{os.path.join(data, 'dataplatform.db')}?mode=ro", uri=True)
    rows = {sha for (sha,) in database.execute("SELECT sha256 FROM artifacts")}
    dangling = database.execute(
        "SELECT COUNT(*) FROM dataset_versions v WHERE NOT EXISTS (SELECT 1 FROM artifacts a WHERE a.id = v.artifact_id)").fetchone()[0]
    database.close()
    artifacts = os.path.join(data, "artifacts")
    stored, staged = set(), []
    for folder, _, files in os.walk(artifacts):
        for name in files:
            if os.path.relpath(folder, artifacts).split(os.sep)[0] == "tmp":
                if not name.endswith(".lock"):
                    staged.append(os.path.join(folder, name))
            else:
                stored.add(name)
    problems = []
    if rows - stored:
        problems.append(f"{len(rows - stored)} row(s) without a file")
    if stored - rows:
        problems.append(f"{len(stored - rows)} file(s) without a row")
    if staged:
        problems.append(f"{len(staged)} staged file(s) left: {staged[:3]}")
    if dangling:
        problems.append(f"{dangling} version(s) without an artifact row")
    if problems:
        raise SystemExit(f"round {round_number} ({operation}): " + "; ".join(problems))
    return len(rows)


def main():
    executable = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    random.seed(os.environ.get("KILL_LOOP_SEED", "12"))
    work = tempfile.mkdtemp(prefix="dataplatform-kill-loop-")
    data = os.path.join(work, "data")
    log = open(os.path.join(work, "service.log"), "ab")
    service = Service(executable, data, log)
    service.start()
    try:
        run(service, data, rounds)
    except BaseException:
        print(f"the data folder and the service log are kept in {work}", file=sys.stderr)
        raise
    finally:
        if service.process.poll() is None:
            service.kill()
        log.close()
    shutil.rmtree(work)


def run(service, data, rounds):
    started = time.time()

    _, registered = request(service, "POST", "/api/auth/register", body={"email": "crash@example.com", "name": "Crash Test", "password": "a long password"})
    token = registered["token"]
    files = [csv_file(seed) for seed in range(3)]

    def project():
        _, body = request(service, "POST", "/api/projects", token, {"name": f"Crash {uuid.uuid4().hex[:8]}"})
        return body["project"]["id"]

    def upload(project_id, content):
        body, content_type = multipart([("project_id", project_id), ("name", f"data {uuid.uuid4().hex[:8]}")], "data.csv", content)
        return request(service, "POST", "/api/datasets/upload", token, body, content_type)

    # An export to import in the rounds that import: several files, so that the import takes a while.
    seed_project = project()
    for content in files:
        upload(seed_project, content)
    _, archive = request(service, "GET", f"/api/projects/{seed_project}/export", token)

    def prepare(operation):
        """A project and dataset to work on, and the call that does the operation."""
        project_id = project()
        status, uploaded = upload(project_id, random.choice(files))
        if status != 201:
            raise SystemExit(f"the preparing upload answered {status}: {uploaded}")
        dataset_id = uploaded["dataset_id"]
        if operation == "delete project":
            # Many files, so that the kill can land between the commit and the last file removal.
            for i in range(12):
                upload(project_id, f"n,i\n{uuid.uuid4().int},{i}\n".encode())
        if operation == "upload":
            return lambda: upload(project_id, random.choice(files) + f"{uuid.uuid4().int % 10**6},1,x,2025-01-01\n".encode())
        if operation == "version":
            def version():
                body, content_type = multipart([("description", "more rows")], "more.csv", random.choice(files) + f"{uuid.uuid4().int % 10**6},1,y,2025-02-02\n".encode())
                return request(service, "POST", f"/api/datasets/{dataset_id}/versions", token, body, content_type)
            return version
        if operation == "delete dataset":
            return lambda: request(service, "DELETE", f"/api/datasets/{dataset_id}", token)
        if operation == "delete project":
            return lambda: request(service, "DELETE", f"/api/projects/{project_id}", token)

        def import_archive():
            body, content_type = multipart([], "project.zip", archive)
            return request(service, "POST", "/api/projects/import", token, body, content_type)
        return import_archive

    # How long each operation takes here, so that the kills land inside them.
    operations = ["upload", "version", "delete dataset", "delete project", "import"]
    duration = {}
    for operation in operations:
        call = prepare(operation)
        begun = time.time()
        status, body = call()
        if status not in (200, 201):
            raise SystemExit(f"{operation} answered {status}: {body}")
        duration[operation] = time.time() - begun
    print("durations: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in duration.items()), flush=True)

    summary, in_flight = {}, 0
    for round_number in range(1, rounds + 1):
        operation = random.choice(operations)
        call = prepare(operation)
        done = threading.Event()
        worker = threading.Thread(target=lambda: _ignore_errors(call, done), daemon=True)
        worker.start()
        time.sleep(random.uniform(0.0, duration[operation]))
        service.kill()
        worker.join(timeout=30)
        killed_inside = not done.is_set()
        in_flight += killed_inside
        service.start()
        artifacts = check(data, round_number, operation)
        status, _ = request(service, "GET", "/api/projects?status=all&limit=1", token)
        if status != 200:
            raise SystemExit(f"round {round_number} ({operation}): the restarted service answered {status} to GET /api/projects")
        summary[operation] = summary.get(operation, 0) + 1
        moment = "during" if killed_inside else "after "
        print(f"round {round_number:2}: killed {moment} {operation:14} restarted, {artifacts} artifact(s), rows and files agree", flush=True)

    print(f"kill loop: {rounds} rounds ({in_flight} killed during the request) in {time.time() - started:.0f} s"
          f" ({', '.join(f'{k} {v}' for k, v in sorted(summary.items()))}); rows and files agreed after every restart")


def _ignore_errors(call, done):
    try:
        call()
        done.set()
    except OSError:
        pass  # the service was killed under the request


if __name__ == "__main__":
    main()
