-- The Spaces surface: tags and metadata on datasets, soft deletion (a deleted dataset's name is free
-- again), and collections of member ids inside datasets.

ALTER TABLE datasets ADD COLUMN tags TEXT NULL;
ALTER TABLE datasets ADD COLUMN metadata TEXT NULL;
ALTER TABLE datasets ADD COLUMN deleted_at TEXT NULL;

DROP INDEX ux_datasets_project_name;
CREATE UNIQUE INDEX ux_datasets_project_name ON datasets (project_id, name) WHERE deleted_at IS NULL;

CREATE TABLE collections (
    id         TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    dataset_id TEXT NULL REFERENCES datasets (id) ON DELETE SET NULL,
    name       TEXT NOT NULL,
    members    TEXT NOT NULL,
    created_by TEXT NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_collections_dataset_name ON collections (dataset_id, name) WHERE dataset_id IS NOT NULL;
CREATE INDEX ix_collections_project ON collections (project_id, created_at, id);
