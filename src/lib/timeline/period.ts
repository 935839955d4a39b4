import { parseViewState, type ViewParam, type ViewState } from "~/lib/url/view-state";

/**
 * The period the timeline shows, `?from=2019&to=2021` (years, both ends included). Parsed with
 * the shared allow-list parser: a value that is not one of the timeline's years — markup, a
 * number out of range, "2019.5", a repeated key — falls back to the full range and is dropped
 * from the URL; a `from` after its `to` drops both. Runs at build time and in the browser.
 */
export interface Period {
  from: number;
  to: number;
}

/**
 * A view parameter that bounds a numeric item attribute instead of listing allowed values (read
 * by the shared filter-list script): items with `data-<attr>` below a "min" bound or above a
 * "max" bound are hidden.
 */
export interface BoundParam extends ViewParam {
  bound: { attr: string; side: "min" | "max" };
}

export function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** `from` and `to` over the timeline's years; the defaults are its first and last year. */
export function periodParams(first: number, last: number): [BoundParam, BoundParam] {
  const values = yearsBetween(first, last).map(String);
  return [
    { name: "from", values, fallback: String(first), bound: { attr: "year", side: "min" } },
    { name: "to", values, fallback: String(last), bound: { attr: "year", side: "max" } },
  ];
}

/**
 * The period a view state names, and which parameters must go from the URL: both, when `from`
 * comes after `to` (each value alone was valid, so the parser kept them).
 */
export function periodOf(state: ViewState, first: number, last: number): { period: Period; dropped: string[] } {
  const from = Number(state["from"] ?? first);
  const to = Number(state["to"] ?? last);
  const valid = Number.isInteger(from) && Number.isInteger(to) && first <= from && from <= to && to <= last;
  return valid ? { period: { from, to }, dropped: [] } : { period: { from: first, to: last }, dropped: ["from", "to"] };
}

/** Reads `from`/`to` from a query string (other parameters are not this function's concern). */
export function parsePeriod(search: string, first: number, last: number): { period: Period; dropped: string[] } {
  const parsed = parseViewState(search, periodParams(first, last));
  const ours = parsed.dropped.filter((name) => name === "from" || name === "to");
  const checked = periodOf(parsed.state, first, last);
  return { period: checked.period, dropped: [...new Set([...ours, ...checked.dropped])] };
}

/** The query string of a period: empty for the full range, so the default view has one URL. */
export function periodQuery(period: Period, first: number, last: number): string {
  const query = new URLSearchParams();
  if (period.from !== first) query.set("from", String(period.from));
  if (period.to !== last) query.set("to", String(period.to));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * A few periods to open in one click (and without JavaScript, as links): the whole range, then
 * spans starting at the U.S. presidential terms that changed asylum policy at the border
 * (2017, 2021, 2025), clipped to the data. Labelled by their years only.
 */
const PRESET_STARTS = [2017, 2021, 2025];

export function periodPresets(first: number, last: number): Period[] {
  const starts = [first, ...PRESET_STARTS.filter((year) => year > first && year <= last)];
  const spans = starts.map((from, i) => ({ from, to: (starts[i + 1] ?? last + 1) - 1 }));
  return [{ from: first, to: last }, ...(spans.length > 1 ? spans : [])];
}

export const periodLabel = ({ from, to }: Period) => (from === to ? String(from) : `${from}–${to}`);
