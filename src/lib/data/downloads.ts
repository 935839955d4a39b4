import { csvFormat } from "d3-dsv";
import type { CatalogEntry } from "./catalog";
import type { Source } from "./sources";

/** The dataset as CSV: the same columns and values as `data/<id>.csv`, re-serialized from the validated rows. */
export function toCsv(entry: CatalogEntry): string {
  const rows = entry.records.map((record) =>
    Object.fromEntries(entry.columns.map((name) => {
      const value = record[name];
      return [name, Array.isArray(value) ? value.join(" ") : value === undefined ? "" : String(value)];
    })),
  );
  return `${csvFormat(rows, entry.columns)}\n`;
}

/** The dataset as JSON: metadata, the full records of the sources it cites, and the rows. */
export function toJson(entry: CatalogEntry, sources: Map<string, Source>, canonicalUrl: string): string {
  const cited = entry.sourceIds
    .filter((id) => sources.has(id))
    .map((id) => {
      const { line: _line, ...source } = sources.get(id) as Source;
      return source;
    });
  return `${JSON.stringify({ ...entry.meta, url: canonicalUrl, columns: entry.columns, sources_cited: cited, data: entry.records }, null, 2)}\n`;
}
