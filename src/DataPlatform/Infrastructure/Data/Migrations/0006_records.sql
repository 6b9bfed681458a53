-- Experiments as ML runs (linked to the dataset version they used), the models they trained (with an
-- optional model file) and the deployments of those models.

ALTER TABLE experiments ADD COLUMN dataset_id TEXT NULL REFERENCES datasets (id) ON DELETE SET NULL;
ALTER TABLE experiments ADD COLUMN dataset_version_id TEXT NULL REFERENCES dataset_versions (id) ON DELETE SET NULL;
ALTER TABLE experiments ADD COLUMN target_column TEXT NULL;
ALTER TABLE experiments ADD COLUMN problem_type TEXT NULL;
ALTER TABLE experiments ADD COLUMN status TEXT NULL;
ALTER TABLE experiments ADD COLUMN finished_at TEXT NULL;

CREATE INDEX ix_experiments_dataset ON experiments (dataset_id);
CREATE INDEX ix_experiments_dataset_version ON experiments (dataset_version_id);

CREATE TABLE models (
    id            TEXT PRIMARY KEY,
    project_id    TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    experiment_id TEXT NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    algorithm     TEXT NOT NULL,
    metrics       TEXT NULL,
    artifact_id   TEXT NULL REFERENCES artifacts (id),
    file_name     TEXT NULL,
    created_by    TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX ix_models_experiment ON models (experiment_id, created_at, id);
CREATE INDEX ix_models_project ON models (project_id, created_at, id);
CREATE INDEX ix_models_artifact ON models (artifact_id);

CREATE TABLE deployments (
    id         TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    model_id   TEXT NOT NULL REFERENCES models (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    stage      TEXT NOT NULL,
    is_active  INTEGER NOT NULL,
    created_by TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_deployments_model ON deployments (model_id, created_at, id);
CREATE INDEX ix_deployments_project ON deployments (project_id, created_at, id);
