import { relative, resolve } from "node:path";

/**
 * The folder the datasets are read from: `data/` at the project root. Tests point
 * `REFUGIO_DATA_DIR` at fixture folders. Astro runs builds from the project root, so the
 * working directory is the root.
 */
export function dataDir(): string {
  return resolve(process.env["REFUGIO_DATA_DIR"] ?? "data");
}

/** A path as shown in error messages: relative to the working directory. */
export function relativeDataPath(path: string): string {
  return relative(process.cwd(), path) || path;
}
