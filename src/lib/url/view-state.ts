/**
 * View state in the URL: each interactive choice is one query parameter with a fixed set of
 * allowed values and a default. Parsing never throws and never returns anything outside the
 * allowed set: unknown, repeated, oversized or malformed values fall back to the default and
 * are reported as dropped, so the caller can clean them from the URL. Values are compared
 * against allow-lists only, never inserted into markup. Runs in the browser and at build time.
 */

/** One parameter: its allowed values (the first is not special; `fallback` is the default). */
export interface ViewParam {
  name: string;
  values: readonly string[];
  fallback: string;
  /** A comma-separated list of allowed values (e.g. map layers) instead of a single value. */
  list?: boolean;
  /**
   * A set of allowed values joined by "~" (e.g. ?country=VEN~HND), at most this many:
   * deduplicated, in the allow-list's order, never empty. See parseSet.
   */
  set?: number;
  /** For a set: the data column its items are values of (the downloads keep those rows). */
  column?: string;
  /**
   * A year range `YYYY..YYYY` (also `earliest..YYYY`, `YYYY..latest`) within these years,
   * inclusive, instead of a value from `values`. The fallback "" is the whole extent.
   */
  range?: { min: number; max: number };
}

export type ViewState = Record<string, string>;

/** Longest raw value considered at all; anything longer is dropped unread. */
export const MAX_PARAM_LENGTH = 200;
const SAFE_VALUE = /^[A-Za-z0-9_,-]*$/;

export interface ParsedView {
  state: ViewState;
  /** Parameter names whose values were not used (bad, repeated or unknown to this view). */
  dropped: string[];
}

/** Separator of a set parameter's items: unreserved in URLs, so it is never percent-encoded. */
export const SET_SEPARATOR = "~";
const SAFE_SET = /^[A-Za-z0-9_-]+(~[A-Za-z0-9_-]+)*$/;

/**
 * A set value: every item allowed, at most `max` distinct items, none empty; returned in the
 * allow-list's order without duplicates, so equal sets give equal URLs. Anything else: undefined.
 */
export function parseSet(values: readonly string[], max: number, raw: string): string | undefined {
  if (raw.length > MAX_PARAM_LENGTH || !SAFE_SET.test(raw)) return undefined;
  const items = new Set(raw.split(SET_SEPARATOR));
  if (items.size > max || [...items].some((item) => !values.includes(item))) return undefined;
  return values.filter((value) => items.has(value)).join(SET_SEPARATOR);
}

/** `2019..2025`, `earliest..2025`, `2019..latest`: four-digit years only, so nothing else gets through. */
const RANGE_VALUE = /^(\d{4}|earliest)\.\.(\d{4}|latest)$/;

/**
 * A range clamped to the chart's own years and written canonically (`2019..2025`); the whole
 * extent is "" (the default). Reversed ranges and ranges entirely outside the years are refused.
 */
export function parseRange(raw: string, { min, max }: { min: number; max: number }): string | undefined {
  const match = RANGE_VALUE.exec(raw);
  if (!match || !(Number.isInteger(min) && Number.isInteger(max) && min <= max)) return undefined;
  const from = match[1] === "earliest" ? min : Number(match[1]);
  const to = match[2] === "latest" ? max : Number(match[2]);
  if (from > to) return undefined;
  const low = Math.max(min, from);
  const high = Math.min(max, to);
  if (low > high) return undefined;
  return low === min && high === max ? "" : `${low}..${high}`;
}

/** The first and last year of a canonical range value ("" is the whole extent). */
export function rangeYears(value: string, range: { min: number; max: number }): [number, number] {
  const canonical = value === "" ? "" : parseRange(value, range);
  if (!canonical) return [range.min, range.max];
  const [from, to] = canonical.split("..").map(Number) as [number, number];
  return [from, to];
}

function parseOne(param: ViewParam, raw: string): string | undefined {
  if (raw.length > MAX_PARAM_LENGTH) return undefined;
  if (param.set !== undefined) return parseSet(param.values, param.set, raw);
  if (param.range) return parseRange(raw, param.range);
  if (!SAFE_VALUE.test(raw)) return undefined;
  if (!param.list) return param.values.includes(raw) ? raw : undefined;
  const items = raw.split(",").filter(Boolean);
  if (items.length === 0) return "";
  if (items.some((item) => !param.values.includes(item))) return undefined;
  // Canonical order and no duplicates, so equal views give equal URLs.
  return param.values.filter((value) => items.includes(value)).join(",");
}

/** Reads the view from a query string ("?a=b&c=d" or "a=b"), for the given parameters. */
export function parseViewState(search: string, params: readonly ViewParam[]): ParsedView {
  const state: ViewState = Object.create(null) as ViewState;
  const dropped: string[] = [];
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    query = new URLSearchParams();
  }
  const known = new Map(params.map((param) => [param.name, param]));
  for (const param of params) {
    const values = query.getAll(param.name);
    if (values.length === 0) {
      state[param.name] = param.fallback;
      continue;
    }
    const parsed = values.length === 1 ? parseOne(param, values[0] as string) : undefined;
    // A range is also rewritten when it was clamped or spelled another way (`latest`), so the
    // address always shows the canonical form; it is reported with the dropped names for that.
    if (parsed === undefined || (param.range && parsed !== values[0])) dropped.push(param.name);
    state[param.name] = parsed ?? param.fallback;
  }
  for (const name of new Set(query.keys())) {
    // Parameters another part of the page owns (lang, theme) are not ours to drop.
    if (!known.has(name) && !PASS_THROUGH.has(name)) dropped.push(name);
  }
  return { state, dropped };
}

/** Parameters that are read elsewhere (embed options) and must survive a view update. */
const PASS_THROUGH = new Set(["lang", "theme"]);

/**
 * Writes a view back to a query string, keeping only non-default values of the given
 * parameters plus pass-through ones from `current`. Returns "" or "?…".
 */
export function serializeViewState(state: ViewState, params: readonly ViewParam[], current = ""): string {
  const out = new URLSearchParams();
  const existing = new URLSearchParams(current);
  for (const name of PASS_THROUGH) {
    const value = existing.get(name);
    if (value !== null && value.length <= MAX_PARAM_LENGTH && SAFE_VALUE.test(value)) out.set(name, value);
  }
  for (const param of params) {
    const value = state[param.name];
    if (value !== undefined && value !== param.fallback && parseOne(param, value) === value) out.set(param.name, value);
  }
  // URLSearchParams percent-encodes "~"; it is unreserved (RFC 3986), so sets stay readable.
  const text = out.toString().replace(/%7E/gi, SET_SEPARATOR);
  return text ? `?${text}` : "";
}
