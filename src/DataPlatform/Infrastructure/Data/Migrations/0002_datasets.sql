-- Datasets, their numbered versions, and the files behind them (content-addressed artifacts).

CREATE TABLE artifacts (
    id         TEXT PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    size_bytes BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE datasets (
    id          TEXT PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NULL,
    created_by  TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_datasets_project_name ON datasets (project_id, name);
CREATE INDEX ix_datasets_project ON datasets (project_id, created_at);

CREATE TABLE dataset_versions (
    id              TEXT PRIMARY KEY,
    dataset_id      TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    version         BIGINT NOT NULL,
    artifact_id     TEXT NOT NULL REFERENCES artifacts (id),
    file_name       TEXT NOT NULL,
    format          TEXT NOT NULL,
    description     TEXT NULL,
    row_count       BIGINT NOT NULL,
    column_count    BIGINT NOT NULL,
    schema_json     TEXT NOT NULL,
    statistics_json TEXT NOT NULL,
    quality_json    TEXT NOT NULL,
    quality_score   DOUBLE PRECISION NOT NULL,
    longest_value   BIGINT NOT NULL,
    created_by      TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (dataset_id, version)
);

CREATE INDEX ix_dataset_versions_artifact ON dataset_versions (artifact_id);
