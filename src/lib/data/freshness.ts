import type { CatalogEntry } from "./catalog";
import { dayRange } from "./columns";
import type { Cadence } from "./metadata";
import type { Source, SourceTier } from "./sources";

/**
 * How current a dataset is: the period of its latest observation, when it was last checked, the
 * newest source it cites, how strong its rows' sources are, and whether it is past the cadence
 * at which its producer publishes. Shown as "data as of" on every chart, embed, key figure and
 * dataset, and printed by `npm run data:status`.
 */
export interface Freshness {
  /** The latest observation: the period it covers (ISO, any precision) and whether it is a partial period. */
  latest: { start: string; end: string; partial: boolean } | undefined;
  checked: string;
  cadence: Cadence;
  /** The newest publication date among the sources its rows cite. */
  newestSource: string | undefined;
  /** Rows by the tier of their strongest source (1 = the producer … 5 = a copy). */
  rowsByTier: Record<SourceTier, number>;
  /** The latest period a dataset of this cadence should reach by `today`; undefined for one-off data. */
  expectedThrough: string | undefined;
  overdue: boolean;
}

const DAY_MS = 86_400_000;

function latestObservation(entry: Pick<CatalogEntry, "records" | "columns">): Freshness["latest"] {
  const { records, columns } = entry;
  if (records.length === 0) return undefined;
  const has = (name: string) => columns.includes(name);
  const endOf = (iso: string) => dayRange(iso).last;
  const pick = (endColumn: string, startColumn?: string) => {
    let best: Record<string, unknown> | undefined;
    for (const record of records) {
      if (typeof record[endColumn] !== "string") continue;
      if (!best || endOf(String(record[endColumn])) > endOf(String(best[endColumn]))) best = record;
    }
    if (!best) return undefined;
    const end = String(best[endColumn]);
    return { start: startColumn ? String(best[startColumn]) : end, end, partial: false };
  };
  if (has("period_end")) return pick("period_end", has("period_start") ? "period_start" : undefined);
  // "opened": the newest office opening is the newest fact of an office list.
  for (const column of ["date", "count_date", "month", "opened"]) if (has(column)) return pick(column);
  if (has("year")) {
    const year = Math.max(...records.map((r) => Number(r["year"])));
    const months = has("months") ? Math.min(...records.filter((r) => Number(r["year"]) === year).map((r) => Number(r["months"]))) : 12;
    if (months >= 12) return { start: String(year), end: String(year), partial: false };
    return { start: `${year}-01`, end: `${year}-${String(months).padStart(2, "0")}`, partial: true };
  }
  return undefined;
}

/**
 * The period a dataset should reach by `today` given its cadence. Producers publish with a lag:
 * a month's figures within about two months, a quarter's within three, a year's by March of
 * the next year (COMAR, UPMRIP and the budget all do).
 */
function expectedThrough(cadence: Cadence, today: Date): string | undefined {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  if (cadence === "one-off") return undefined;
  if (cadence === "yearly") return String(month >= 3 ? year - 1 : year - 2);
  const lagMonths = cadence === "monthly" ? 2 : 3 + ((month - 1) % 3);
  const expected = new Date(Date.UTC(year, month - 1 - lagMonths, 1));
  return `${expected.getUTCFullYear()}-${String(expected.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function freshness(entry: Pick<CatalogEntry, "records" | "columns" | "rowSources" | "meta">, sources: ReadonlyMap<string, Source>, today = new Date()): Freshness {
  const latest = latestObservation(entry);
  const rowsByTier: Record<SourceTier, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let newestSource: string | undefined;
  for (const ids of entry.rowSources) {
    const cited = ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
    if (cited.length === 0) continue;
    rowsByTier[Math.min(...cited.map((s) => s.tier)) as SourceTier]++;
    for (const source of cited) if (!newestSource || source.date_published > newestSource) newestSource = source.date_published;
  }
  const expected = expectedThrough(entry.meta.cadence, today);
  const overdue = expected !== undefined && (!latest || dayRange(latest.end).last < dayRange(expected).last);
  return { latest, checked: entry.meta.checked, cadence: entry.meta.cadence, newestSource, rowsByTier, expectedThrough: expected, overdue };
}

/** Whole days from an ISO day to `today`. */
export function daysSince(isoDay: string, today = new Date()): number {
  return Math.floor((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.parse(`${isoDay}T00:00:00Z`)) / DAY_MS);
}
