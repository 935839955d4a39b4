import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8 } from "./csv";
import { DataValidationError } from "./errors";
import { relativeDataPath } from "./paths";

/**
 * Reads a data file as text. A missing file is a `missing-file` problem naming it, not a raw
 * ENOENT stack trace; bytes that are not UTF-8 are kept as U+FFFD for the CSV checks to point at.
 */
export function readDataFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "the file does not exist" : code === "EISDIR" ? "a folder is where the file should be" : `it cannot be read (${code ?? String(error)})`;
    throw new DataValidationError([{ file: relativeDataPath(path), line: 1, column: 1, rule: "missing-file", message: `${reason}; every dataset needs <id>.csv and <id>.meta.json in the data folder` }]);
  }
  return decodeUtf8(bytes);
}

/**
 * A memo of values computed from data files, valid while none of those files changes (by
 * modification time and size). Parsing happens once per build, yet `npm run dev` sees an
 * edited CSV on the next reload: nothing outlives a change.
 */
export class FileMemo<T> {
  private readonly entries = new Map<string, { stamp: string; value: T }>();

  get(key: string, files: readonly string[], compute: () => T): T {
    const stamp = files.map(fileStamp).join("|");
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp) return entry.value;
    const value = compute();
    this.entries.set(key, { stamp, value });
    return value;
  }
}

function fileStamp(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return "missing";
  }
}

/** Every file of the data folder, for values computed from several datasets (a prepared chart). */
export function dataFolderFiles(dir: string): string[] {
  try {
    return readdirSync(dir).sort().map((name) => join(dir, name));
  } catch {
    return [];
  }
}
