-- Traceability (Tracker surface): what a dataset entry records beside its files, and the
-- experiments and decisions logged by CRISP-DM phase.

ALTER TABLE datasets ADD COLUMN source TEXT NULL;
ALTER TABLE datasets ADD COLUMN records BIGINT NULL;
ALTER TABLE datasets ADD COLUMN acquisition_date TEXT NULL;
ALTER TABLE datasets ADD COLUMN phase TEXT NULL;

CREATE TABLE experiments (
    id          TEXT PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NULL,
    phase       TEXT NULL,
    hypothesis  TEXT NULL,
    parameters  TEXT NULL,
    metrics     TEXT NULL,
    result      TEXT NULL,
    run_date    TEXT NULL,
    created_by  TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE INDEX ix_experiments_project ON experiments (project_id, created_at, id);

CREATE TABLE decisions (
    id            TEXT PRIMARY KEY,
    project_id    TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL,
    rationale     TEXT NOT NULL,
    phase         TEXT NOT NULL,
    decision_date TEXT NOT NULL,
    created_by    TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL
);

CREATE INDEX ix_decisions_project ON decisions (project_id, created_at, id);
