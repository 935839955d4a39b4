import type { Lang } from "~/i18n";
import { getCatalogEntry } from "~/lib/data/catalog";
import { DATASET_DEFINITIONS } from "~/lib/data/definitions";
import { formatCount, formatDollars, formatPercent, formatPesos } from "~/lib/format";
import { hasMeasureUnits, measureUnit } from "~/lib/data/datasets/dated-measures";
import { FIGURE_IDS, getFigure, type FigureId } from "~/lib/figures";

/**
 * Numbers in prose come from here, never from the prose itself: a dataset row's value (by the
 * row's key, as written in the CSV, several key columns joined by " | "), a report's own figure
 * kept as a revision of that row, or a computed key figure. Anything unknown fails the build.
 */

/** The column each dataset's "value" lives in. */
const VALUE_COLUMN: Record<string, string> = {
  "asylum-requests-by-year": "requests",
  "asylum-requests-by-month": "requests",
  "asylum-requests-by-nationality": "requests",
  "asylum-requests-by-office": "requests",
  "comar-resolutions-by-year": "count",
  "recognition-by-nationality": "rate_percent",
  "comar-budget": "approved_pesos",
  "comar-backlog": "pending",
  "humanitarian-visas": "value",
  "detention-capacity": "held",
  "detentions-by-year": "events",
  "detentions-2019-by-month": "events",
  "deportations-by-year": "events",
  "children-detained": "value",
  "crimes-and-impunity": "value",
  "remain-in-mexico": "value",
  "title-42-expulsions": "value",
  "deportations-to-mexico": "value",
  "report-only-figures": "value",
  "comar-offices": "office",
};

export interface StatRef {
  /** Dataset id (data/<id>.csv). */
  of?: string;
  /** The row's key as in the CSV (e.g. "2019"; "2019 | HND"). */
  at?: string;
  /** Column to read; defaults to the dataset's value column. */
  col?: string;
  /** A report's figure for that row, kept as a revision: the revision's source id. */
  report?: string;
  /** A key figure id from src/lib/figures (e.g. "detention-over-capacity"). */
  figure?: string;
}

export interface StatValue {
  text: string;
  /** Source id(s) of the value, for its citation. */
  sourceIds: string[];
}

function keyOf(definitionKey: readonly string[], record: Record<string, unknown>): string {
  return definitionKey.map((k) => String(record[k])).join(" | ");
}

/** Decimal places a value is written with (0.06 → 2), so a percentage keeps its precision. */
const decimals = (value: number) => (String(value).split(".")[1] ?? "").length;

function format(lang: Lang, unit: string, column: string, value: number, measure?: unknown): string {
  const isPercent = column.endsWith("_percent") || unit === "percent" || (typeof measure === "string" && measure.includes("percent"));
  if (isPercent) return formatPercent(lang, value / 100, Math.min(decimals(value), 2));
  if (unit === "pesos" || column.endsWith("_pesos")) return formatPesos(lang, value);
  if (unit === "dollars") return formatDollars(lang, value);
  return formatCount(lang, value);
}

export function resolveStat(ref: StatRef, lang: Lang): StatValue {
  const where = JSON.stringify(ref);
  if (ref.figure !== undefined) {
    if (!(FIGURE_IDS as readonly string[]).includes(ref.figure)) throw new Error(`Stat ${where}: no key figure "${ref.figure}" (src/lib/figures)`);
    const figure = getFigure(ref.figure as FigureId, lang);
    return { text: figure.value, sourceIds: figure.sourceIds };
  }
  if (!ref.of || ref.at === undefined) throw new Error(`Stat ${where}: give "of" and "at", or "figure"`);
  const definition = DATASET_DEFINITIONS.find((d) => d.id === ref.of);
  if (!definition) throw new Error(`Stat ${where}: no dataset "${ref.of}"`);
  const entry = getCatalogEntry(ref.of);
  const column = ref.col ?? VALUE_COLUMN[ref.of];
  if (!column || !entry.columns.includes(column)) throw new Error(`Stat ${where}: no column "${column}" in ${ref.of} (columns: ${entry.columns.join(", ")})`);
  if (ref.report) {
    const revision = entry.meta.revisions.find((r) => r.key === ref.at && r.source === ref.report);
    if (!revision) throw new Error(`Stat ${where}: no revision of ${ref.of} row "${ref.at}" from "${ref.report}"`);
    return { text: format(lang, entry.meta.unit, column, revision.value), sourceIds: [revision.source] };
  }
  const record = entry.records.find((r) => keyOf(definition.key, r) === ref.at);
  if (!record) throw new Error(`Stat ${where}: no row "${ref.at}" in ${ref.of} (key: ${definition.key.join(" | ")})`);
  const value = record[column];
  if (typeof value !== "number") throw new Error(`Stat ${where}: ${ref.of} row "${ref.at}" has no number in "${column}"`);
  const sources = definition.sourceColumns.flatMap((c) => [record[c] as string | string[]].flat());
  // A dated-measures dataset gives each measure its own unit (dated-measures.ts).
  const unit = typeof record["measure"] === "string" && hasMeasureUnits(ref.of) ? measureUnit(ref.of, record["measure"]) : entry.meta.unit;
  return { text: format(lang, unit, column, value, record["measure"]), sourceIds: sources };
}
