import { dayRange } from "~/lib/data/columns";
import { quantity, share, type Quantity } from "./quantity";

/**
 * Measures that make places (COMAR offices, states) comparable across the unequal periods the
 * sources give (1 January to 16 February, to June, to December…): a count of people over 47
 * days and one over a year cannot be put on one axis, but these can.
 *
 * - The place's share of all requests in Mexico for the period: the share the source prints, or,
 *   where it prints none, the place's count ÷ COMAR's national total for exactly the same period
 *   (nationalTotal: a published, exact total; never a sum of the places listed). A computed share
 *   is labelled as computed everywhere it is shown.
 * - Requests per month: the count ÷ the months the period covers (whole months counted as such;
 *   otherwise days ÷ 30.44, the mean month).
 */

/** The fields of a row of data/asylum-requests-by-office.csv that the measures use. */
export interface PlaceRow {
  place: string;
  year: number;
  period_start: string;
  period_end: string;
  requests?: number | undefined;
  share_percent?: number | undefined;
  source: string;
}

/** A row with its measures: what the place explorer draws, and what its downloads carry. */
export interface PlacePeriod {
  place: string;
  year: number;
  period_start: string;
  period_end: string;
  /** People who applied there in the period, as published. */
  requests: number | null;
  /** The share of the national total that the source prints (percent), as published. */
  share_percent: number | null;
  /** Only where the source prints no share: requests ÷ national_requests, percent, rounded to 0.01. */
  share_percent_computed: number | null;
  /** COMAR's national total for exactly the same period (the divisor of a computed share). */
  national_requests: number | null;
  national_source: string | null;
  /** Months the period covers (whole months, or days ÷ 30.44 rounded to 0.01). */
  months: number;
  /** requests ÷ months, people, rounded to a whole person. */
  requests_per_month: number | null;
  source: string;
}

/** Mean length of a month in days (365.25 ÷ 12). */
export const DAYS_PER_MONTH = 30.4375;
const DAY_MS = 86_400_000;

const round = (value: number, step: number) => Math.round(value / step) * step;

/** The months a period covers: whole calendar months when it runs from a 1st to a month's last day, else days ÷ 30.44. */
export function monthsCovered(start: string, end: string): number {
  const first = dayRange(start).first;
  const last = dayRange(end).last;
  if (first.endsWith("-01") && dayRange(last.slice(0, 7)).last === last) {
    const [y1, m1] = first.split("-").map(Number) as [number, number];
    const [y2, m2] = last.split("-").map(Number) as [number, number];
    return (y2 - y1) * 12 + (m2 - m1) + 1;
  }
  const days = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS + 1;
  return Number(round(days / DAYS_PER_MONTH, 0.01).toFixed(2));
}

/**
 * Each row's measures. `total` gives the national total for exactly a period, or undefined
 * (src/lib/stats/national-total.ts); it is asked only for rows whose source prints no share.
 */
export function placePeriods(rows: readonly PlaceRow[], total: (start: string, end: string) => (Quantity & { source: string }) | undefined): PlacePeriod[] {
  return rows.map((row) => {
    const months = monthsCovered(row.period_start, row.period_end);
    const national = row.requests !== undefined && row.share_percent === undefined ? total(row.period_start, row.period_end) : undefined;
    const computed = national && row.requests !== undefined ? share(quantity(row.requests, "people", `${row.place} ${row.period_start}…${row.period_end}`), national) : undefined;
    return {
      place: row.place,
      year: row.year,
      period_start: row.period_start,
      period_end: row.period_end,
      requests: row.requests ?? null,
      share_percent: row.share_percent ?? null,
      share_percent_computed: computed === undefined ? null : Number(round(computed * 100, 0.01).toFixed(2)),
      national_requests: computed === undefined || !national ? null : national.value,
      national_source: computed === undefined || !national ? null : national.source,
      months,
      requests_per_month: row.requests === undefined ? null : Math.round(row.requests / months),
      source: row.source,
    };
  });
}

/** The share drawn for a row, as a fraction (0.64), and whether it was computed here; undefined when neither is known. */
export function shareOf(row: PlacePeriod): { value: number; computed: boolean } | undefined {
  if (row.share_percent !== null) return { value: row.share_percent / 100, computed: false };
  if (row.share_percent_computed !== null) return { value: row.share_percent_computed / 100, computed: true };
  return undefined;
}
