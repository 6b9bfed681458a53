// Generates a TypeScript client with openapi-typescript from each OpenAPI document in a folder and
// compiles usage.ts against them with the TypeScript compiler in strict mode.
// Usage: node check.mjs <folder holding platform.json, tracker.json and spaces.json>
// Prints the generator's warnings and the compiler's diagnostics and exits 1 when there are any.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

// A warning of the generator (a discriminator it cannot follow, a reference it cannot resolve) is a
// defect of the document: collect them and fail.
const warnings = [];
console.warn = (...message) => warnings.push(message.join(" "));

const folder = resolve(process.argv[2] ?? ".");
const here = fileURLToPath(new URL(".", import.meta.url));
const blob = ts.factory.createTypeReferenceNode("Blob");

await mkdir(join(folder, "generated"), { recursive: true });
for (const surface of ["platform", "tracker", "spaces"]) {
  const document = pathToFileURL(join(folder, `${surface}.json`));
  // A file part or download ({type: string, format: binary}) is a Blob, as fetch and FormData take it.
  const ast = await openapiTS(document, {
    transform: (schema) => (schema.format === "binary" ? blob : undefined),
  });
  await writeFile(join(folder, "generated", `${surface}.ts`), astToString(ast));
}
await copyFile(join(here, "usage.ts"), join(folder, "usage.ts"));

const program = ts.createProgram([join(folder, "usage.ts")], {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
});
const diagnostics = ts.getPreEmitDiagnostics(program);
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => folder, getNewLine: () => "\n" };
process.stdout.write(warnings.map((warning) => `openapi-typescript: ${warning}\n`).join(""));
process.stdout.write(ts.formatDiagnostics(diagnostics, host));
if (warnings.length > 0 || diagnostics.length > 0) {
  process.exit(1);
}
console.log("usage.ts compiles in strict mode against the platform, tracker and spaces clients.");
