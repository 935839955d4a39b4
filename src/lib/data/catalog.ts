import type { ChartId } from "~/lib/charts/types";
import { loadDataset, type DatasetDefinition } from "./dataset";
import { asylumRequestsByYear } from "./datasets/asylum-requests-by-year";
import type { DatasetMeta } from "./metadata";
import type { ColumnSchemas } from "./table";

export interface CatalogEntry {
  meta: DatasetMeta;
  /** Rows as they are downloaded: columns in file order, values typed, no internal fields. */
  records: Array<Record<string, unknown>>;
  columns: string[];
  /** Every source id the dataset cites: metadata, revisions and rows. */
  sourceIds: string[];
  charts: ChartId[];
}

/** Every dataset the site publishes, with the charts that draw it. */
const DATASETS: Array<{ definition: DatasetDefinition<ColumnSchemas>; charts: ChartId[] }> = [
  { definition: asylumRequestsByYear as unknown as DatasetDefinition<ColumnSchemas>, charts: ["asylum-requests-by-year"] },
];

export function datasetIds(): string[] {
  return DATASETS.map((entry) => entry.definition.id);
}

/** A dataset for /data/, /methodology/ and the CSV/JSON downloads. */
export function getCatalogEntry(id: string): CatalogEntry {
  const entry = DATASETS.find((candidate) => candidate.definition.id === id);
  if (!entry) throw new Error(`unknown dataset "${id}"`);
  const { definition } = entry;
  const { meta, rows, columnNames } = loadDataset(definition);
  const records = rows.map((row) => Object.fromEntries(columnNames.map((name) => [name, row[name]])));
  const rowSources = rows.flatMap((row) => definition.sourceColumns.flatMap((column) => [row[column] as string | string[]].flat()));
  const sourceIds = [...new Set([...meta.sources, ...meta.revisions.map((r) => r.source), ...rowSources])];
  return { meta, records, columns: columnNames, sourceIds, charts: entry.charts };
}
