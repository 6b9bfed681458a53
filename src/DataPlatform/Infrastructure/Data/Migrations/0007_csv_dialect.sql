-- What was detected in a CSV file when it was profiled: its encoding (utf-8, utf-16le, utf-16be or
-- windows-1252), its separator and whether its first row names the columns (1) or is data (0). Every
-- later read of the file (preview, downloads, drift) reads it the same way. NULL for Parquet files
-- and for versions profiled before detection, which were read as UTF-8 with a header row.

ALTER TABLE dataset_versions ADD COLUMN csv_encoding TEXT NULL;
ALTER TABLE dataset_versions ADD COLUMN csv_separator TEXT NULL;
ALTER TABLE dataset_versions ADD COLUMN csv_header_row INTEGER NULL;
