import type { ChartId } from "~/lib/charts/types";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "./dataset";
import { DATASET_DEFINITIONS } from "./definitions";
import type { DatasetMeta } from "./metadata";
import { dataDir } from "./paths";

export interface CatalogEntry {
  meta: DatasetMeta;
  /** Rows as they are downloaded: columns in file order, values typed, no internal fields. */
  records: Array<Record<string, unknown>>;
  columns: string[];
  /** Every source id the dataset cites: metadata, revisions and rows. */
  sourceIds: string[];
  /** The source ids each row cites, in row order. */
  rowSources: string[][];
  charts: ChartId[];
}

/** Charts that draw each dataset (a dataset may feed several charts, or none yet). */
const CHARTS_BY_DATASET: Partial<Record<string, ChartId[]>> = {
  "asylum-requests-by-year": ["asylum-requests-by-year"],
  "asylum-requests-by-month": ["asylum-requests-by-month"],
  "asylum-requests-by-nationality": ["asylum-requests-by-nationality", "asylum-requests-by-nationality-lines"],
  "asylum-requests-by-office": ["asylum-requests-by-office", "asylum-requests-by-office-lines", "map-requests-by-state"],
  "comar-offices": ["map-comar-offices"],
  "comar-budget": ["comar-budget-vs-requests"],
  "comar-backlog": ["comar-backlog"],
  "recognition-by-nationality": ["recognition-by-nationality"],
  "detention-capacity": ["detention-overcrowding", "map-detention"],
  "remain-in-mexico": ["remain-in-mexico"],
  "deportations-to-mexico": ["deportations-to-mexico"],
  "detentions-by-year": ["detentions-by-year"],
  "detentions-2019-by-month": ["detentions-2019-by-month"],
  "deportations-by-year": ["deportations-by-year"],
  "children-detained": ["children-detained"],
  "crimes-and-impunity": ["impunity"],
};

/** Ids of the datasets the site publishes: every definition whose files are in data/. */
export function datasetIds(): string[] {
  return DATASET_DEFINITIONS.map((d) => d.id).filter((id) => existsSync(join(dataDir(), `${id}.meta.json`)));
}

/** A dataset for /data/, /methodology/ and the CSV/JSON downloads. */
export function getCatalogEntry(id: string): CatalogEntry {
  const definition = DATASET_DEFINITIONS.find((candidate) => candidate.id === id);
  if (!definition) throw new Error(`unknown dataset "${id}"`);
  const { meta, rows, columnNames } = loadDataset(definition);
  const records = rows.map((row) => Object.fromEntries(columnNames.map((name) => [name, row[name]])));
  const rowSources = rows.map((row) => definition.sourceColumns.flatMap((column) => [row[column] as string | string[] | undefined].flat().filter((s): s is string => s !== undefined)));
  const sourceIds = [...new Set([...meta.sources, ...meta.revisions.map((r) => r.source), ...rowSources.flat()])];
  return { meta, records, columns: columnNames, sourceIds, rowSources, charts: CHARTS_BY_DATASET[id] ?? [] };
}
