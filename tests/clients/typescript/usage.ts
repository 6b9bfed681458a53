// Typed use of the generated clients, compiled in strict mode by check.mjs. Each line leans on one
// promise of the documents: a file part is a Blob, a column's statistics narrow by `kind`, a preview
// cell is a string, number, boolean or null, and stored JSON is an object of values.
import type { components as Platform, paths as PlatformPaths } from "./generated/platform";
import type { components as Tracker } from "./generated/tracker";
import type { components as Spaces } from "./generated/spaces";

/** True only when A and B are the same type (not merely assignable). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type UploadForm = PlatformPaths["/api/datasets/upload"]["post"]["requestBody"]["content"]["multipart/form-data"];
type ColumnStatistics = Platform["schemas"]["ColumnStatistics"];
type Dataset = Platform["schemas"]["GetDatasetResponse"];
type StoredObject = { [key: string]: unknown };

export const fileIsABlob: Same<UploadForm["file"], Blob> = true;
export const cellIsAValue: Same<Dataset["preview"][number][string], string | number | boolean | null> = true;
export const metricsAreAnObject: Same<Platform["schemas"]["ExperimentItem"]["metrics"], StoredObject | null> = true;
export const trackerParametersAreAnObject: Same<NonNullable<Tracker["schemas"]["TrackerExperiment"]["parameters"]>, StoredObject> = true;
export const spacesMetadataIsAnObject: Same<NonNullable<Spaces["schemas"]["SpacesDataset"]["metadata"]>, StoredObject> = true;

/** Upload with a Blob: the form the upload route takes, sent as multipart/form-data. */
export function uploadBody(projectId: string, csv: Blob): FormData {
  const form: UploadForm = { project_id: projectId, name: "transactions", file: csv };
  const body = new FormData();
  body.append("project_id", form.project_id);
  body.append("name", form.name);
  body.append("file", form.file, "transactions.csv");
  return body;
}

/** Narrow a column by its kind: each branch reads figures only that kind has. */
export function describe(name: string, column: ColumnStatistics): string {
  switch (column.kind) {
    case "numeric":
      return `${name}: mean ${column.mean}, std ${column.std}, median ${column.percentiles.p50}`;
    case "datetime":
      return `${name}: ${column.min} to ${column.max}, median ${column.percentiles.p50}`;
    case "text":
      return `${name}: ${Object.keys(column.top_values).length} frequent values`;
    case "boolean":
      return `${name}: ${column.mean} true`;
  }
}

/** Read a preview cell as text. */
export function cell(dataset: Dataset, row: number, column: string): string {
  const value = dataset.preview[row]?.[column];
  if (value === undefined || value === null) {
    return "";
  }

  return typeof value === "string" ? value : String(value);
}
