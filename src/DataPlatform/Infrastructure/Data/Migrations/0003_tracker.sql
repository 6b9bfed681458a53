-- The Tracker surface: a project's client, and its tasks.

ALTER TABLE projects ADD COLUMN client_name TEXT NULL;

CREATE TABLE tasks (
    id         TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    status     TEXT NOT NULL,
    created_by TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_tasks_project ON tasks (project_id, created_at, id);
