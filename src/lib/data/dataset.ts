import { join } from "node:path";
import { DataValidationError, type DataIssue } from "./errors";
import { FileMemo, readDataFile } from "./files";
import { validateJson } from "./json-file";
import { DatasetMeta } from "./metadata";
import { dataDir, relativeDataPath } from "./paths";
import { loadSources } from "./sources";
import { SOURCES_FILE } from "./sources";
import { validateTable, type ColumnSchemas, type RowOf, type RowRule } from "./table";

/**
 * How a dataset's CSV is read: its columns (built from its metadata, so a year column can be
 * bounded by the declared period), the columns that form a row's unique key, and the columns
 * that hold source ids.
 */
export interface DatasetDefinition<C extends ColumnSchemas> {
  id: string;
  /** `dir` is the data folder, for columns that check codes against a lookup table there. */
  columns: (meta: DatasetMeta, dir: string) => C;
  key: ReadonlyArray<keyof C & string>;
  sourceColumns: ReadonlyArray<keyof C & string>;
  /** Checks across the cells of a row (e.g. a period that ends before it starts). */
  rowRules?: ReadonlyArray<RowRule<C>>;
}

export interface Dataset<C extends ColumnSchemas> {
  meta: DatasetMeta;
  rows: Array<RowOf<C>>;
  /** Column names in file order, for downloads. */
  columnNames: string[];
}

export function defineDataset<C extends ColumnSchemas>(definition: DatasetDefinition<C>): DatasetDefinition<C> {
  return definition;
}

/** Line and column of the first occurrence of `"needle"` in a JSON text (for cross-file checks). */
function locateJsonString(text: string, needle: string): { line: number; column: number } {
  const offset = Math.max(0, text.indexOf(`"${needle}"`));
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

const datasets = new FileMemo<Dataset<ColumnSchemas>>();

/**
 * Loads `data/<id>.csv` with its `data/<id>.meta.json`, validates both, and checks every source
 * id against the registry and every revision against a row. Throws `DataValidationError` listing
 * every issue with file, line, column and rule; the build stops on it. Parsed once per build
 * and again only when one of its files (or the registry, or a lookup table) changes.
 */
export function loadDataset<C extends ColumnSchemas>(definition: DatasetDefinition<C>, dir = dataDir()): Dataset<C> {
  const metaPath = join(dir, `${definition.id}.meta.json`);
  const csvPath = join(dir, `${definition.id}.csv`);
  const inputs = [csvPath, metaPath, join(dir, SOURCES_FILE), join(dir, "places.csv"), join(dir, "nationalities.csv")];
  return datasets.get(`${dir}\0${definition.id}`, inputs, () => parseDataset(definition, dir, csvPath, metaPath) as unknown as Dataset<ColumnSchemas>) as unknown as Dataset<C>;
}

function parseDataset<C extends ColumnSchemas>(definition: DatasetDefinition<C>, dir: string, csvPath: string, metaPath: string): Dataset<C> {
  const metaFile = relativeDataPath(metaPath);
  const csvFile = relativeDataPath(csvPath);
  const metaText = readDataFile(metaPath);
  const metaResult = validateJson(metaFile, metaText, DatasetMeta);
  if (!metaResult.value) throw new DataValidationError(metaResult.issues);
  const meta = metaResult.value as DatasetMeta;

  const issues: DataIssue[] = [];
  if (meta.id !== definition.id) {
    issues.push({ file: metaFile, ...locateJsonString(metaText, meta.id), field: "id", rule: "invalid-metadata", message: `id "${meta.id}" must match the file name "${definition.id}"` });
  }
  const sources = loadSources(dir);
  for (const id of [...meta.sources, ...meta.revisions.map((r) => r.source)]) {
    if (!sources.has(id)) issues.push({ file: metaFile, ...locateJsonString(metaText, id), field: "sources", rule: "unknown-source", message: `"${id}" is not in data/sources.csv` });
  }

  const text = readDataFile(csvPath);
  const table = validateTable(csvFile, text, definition.columns(meta, dir), definition.key, { requireRows: true, ...(definition.rowRules ? { rowRules: definition.rowRules } : {}) });
  // Appended one by one: spreading a million issues into push() overflows the call stack.
  for (const issue of table.issues) issues.push(issue);
  const header = table.header;
  for (const row of table.rows) {
    for (const column of definition.sourceColumns) {
      const value = row[column] as string | string[] | undefined;
      const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
      for (const id of ids) {
        if (!sources.has(id)) issues.push({ file: csvFile, line: row.line, column: header.indexOf(column) + 1, field: column, rule: "unknown-source", message: `"${id}" is not in data/sources.csv` });
      }
    }
  }
  // Revisions are matched against rows only when every row parsed; otherwise a broken row would
  // also be reported as a missing revision target.
  const keys = new Set(table.rows.map((row) => definition.key.map((k) => String(row[k])).join(" | ")));
  for (const revision of table.issues.length === 0 ? meta.revisions : []) {
    if (!keys.has(revision.key)) issues.push({ file: metaFile, ...locateJsonString(metaText, revision.key), field: "revisions.key", rule: "not-allowed", message: `revision key "${revision.key}" matches no row of ${csvFile}` });
  }
  if (issues.length > 0) throw new DataValidationError(issues);
  return { meta, rows: table.rows, columnNames: header };
}
