import { z } from "zod";
import type { Rule } from "./errors";

/**
 * Column types for CSV datasets. Each is a zod schema from the raw cell text to a typed value;
 * every refinement carries the id of the rule it enforces so errors can name it. Nothing is
 * coerced silently: "1,295" or " 12" are errors, not numbers.
 */

// `abort`: the first broken rule of a cell is reported, not every later check it cannot pass.
const rule = (id: Rule, message: string) => ({ message, params: { rule: id }, abort: true });

const WHOLE_NUMBER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const present = z.string().refine((s) => s !== "", rule("empty-value", "must not be empty"));

/**
 * Numbers as a spreadsheet in another locale writes them: thousands separators ("1,295",
 * "14.905", "1 295") or a decimal comma ("12,5"). Reported as such, never guessed at: "14.905"
 * is fourteen thousand in Spain and fourteen point nine in Mexico.
 */
const LOCALE_NUMBER = /^-?(\d{1,3}([.,\u00A0\u202F ]\d{3})+([.,]\d+)?|\d+,\d+)$/;
const LOCALE_HINT = "looks like a number formatted for a locale (thousands separators or a decimal comma); write digits only, with \".\" as the decimal point, and set the spreadsheet's cells to plain numbers before saving";
/** "08791": a code or a typo, not a count. A lone "0" and "0.5" are fine. */
const LEADING_ZERO = /^-?0\d/;

/** Digits only, or the rule that explains why not: locale formatting, leading zeros, other text. */
function numberText(what: string, pattern: RegExp, plain: RegExp = pattern) {
  return present
    .refine((s) => plain.test(s) || !LOCALE_NUMBER.test(s), rule("locale-number", LOCALE_HINT))
    .refine((s) => pattern.test(s), rule("not-a-number", what))
    .refine((s) => !LEADING_ZERO.test(s), rule("leading-zero", "a number does not start with 0 (a code or a typo?); write it without leading zeros"));
}

/** A count of people, cases or events: a whole number ≥ 0 written with digits only. */
export function count() {
  // "14.905" people is a Spanish-locale thousands separator, not a fraction: judged as whole digits.
  return numberText("must be a number written with digits only (no separators or spaces)", NUMBER, WHOLE_NUMBER)
    .transform(Number)
    .refine((n) => n >= 0, rule("negative-count", "a count cannot be negative"))
    .refine((n) => Number.isInteger(n), rule("not-a-whole-number", "a count must be a whole number"));
}

/** A non-negative amount that may have decimals (money, rates). */
export function amount() {
  return numberText("must be a number written with digits only", NUMBER)
    .transform(Number)
    .refine((n) => n >= 0, rule("negative-count", "must not be negative"));
}

/**
 * A calendar year. The dataset's metadata `period` bounds it, so a typo such as 2103 fails
 * with `year-out-of-range` instead of drawing an empty century.
 */
export function year(period: { from: number; to: number }) {
  return present
    .refine((s) => WHOLE_NUMBER.test(s), rule("not-a-number", "a year must be four digits"))
    .transform(Number)
    .refine((y) => y >= period.from && y <= period.to, rule("year-out-of-range", `must be between ${period.from} and ${period.to} (the dataset's period)`));
}

/** A whole number within [min, max], e.g. a month 1–12. */
export function integerIn(min: number, max: number) {
  return present
    .refine((s) => WHOLE_NUMBER.test(s), rule("not-a-number", "must be a whole number"))
    .transform(Number)
    .refine((n) => n >= min && n <= max, rule("not-allowed", `must be between ${min} and ${max}`));
}

/** One of a fixed set of values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string().refine((s): s is T[number] => (values as readonly string[]).includes(s), rule("not-allowed", `must be one of: ${values.join(", ")}`)) as unknown as z.ZodType<T[number], string>;
}

/** True for a day that exists: 2019-02-30 and 2023-02-29 do not. */
function isCalendarDay(iso: string): boolean {
  if (iso.length < 10) return true;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * An ISO date at day, month or year precision: 2019, 2019-06, 2019-06-07. With `period`, its
 * year must fall in the dataset's period (an event dated 2031 is a typo, not a forecast).
 */
export function isoDate(period?: { from: number; to: number }) {
  const date = present
    .refine((s) => ISO_DATE.test(s), rule("not-a-date", "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD"))
    .refine(isCalendarDay, rule("not-a-date", "no such day in the calendar"));
  if (!period) return date;
  return date.refine((s) => {
    const year = Number(s.slice(0, 4));
    return year >= period.from && year <= period.to;
  }, rule("date-out-of-range", `must fall between ${period.from} and ${period.to} (the dataset's period)`));
}

/** The first and last day an ISO date of any precision covers ("2019-02" → 2019-02-01 … 2019-02-28). */
export function dayRange(iso: string): { first: string; last: string } {
  if (iso.length === 10) return { first: iso, last: iso };
  if (iso.length === 7) {
    const [y, m] = iso.split("-").map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${iso}-01`, last: `${iso}-${String(lastDay).padStart(2, "0")}` };
  }
  return { first: `${iso}-01-01`, last: `${iso}-12-31` };
}

/**
 * A row rule: the period a row covers does not end before it starts. Dates of different
 * precision compare by the days they cover ("2019-01-15" … "2019-01" is January 15–31).
 */
export function periodInOrder<S extends string, E extends string>(start: S, end: E) {
  return (row: Record<S | E, unknown>) => {
    const from = row[start];
    const to = row[end];
    if (typeof from !== "string" || typeof to !== "string") return undefined;
    if (dayRange(to).last >= dayRange(from).first) return undefined;
    return { column: end, rule: "period-reversed" as const, message: `ends (${to}) before it starts (${from} in ${start})` };
  };
}

/** A stable id used in URLs, CSS and HTML: lowercase letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export function slug() {
  return present.refine((s) => SLUG.test(s), rule("not-a-slug", "an id is lowercase letters, digits and single hyphens (no spaces, accents or punctuation)"));
}

/**
 * A path on this site ("/charts/comar-backlog/"), for links that must stay on the site: no
 * scheme, no host, no protocol-relative "//host", no backslashes or control characters.
 */
export function sitePath() {
  return present.refine((s) => /^\/(?![\/\\])[A-Za-z0-9\-._~/%]*(#[A-Za-z0-9\-._~]*)?$/.test(s), rule("unsafe-url", "must be a path on this site starting with a single \"/\", e.g. /charts/comar-backlog/ (no other site, no \"//\", no \"javascript:\")"));
}

/** A source id from the registry (`data/sources.csv`); checked against it after parsing. */
export function sourceId() {
  return present.refine((s) => /^[a-z0-9][a-z0-9-]*$/.test(s), rule("unknown-source", "a source id is lowercase letters, digits and hyphens"));
}

/** Several source ids separated by spaces. */
export function sourceIds() {
  return present
    .transform((s) => s.split(/\s+/).filter(Boolean))
    .refine((ids) => ids.every((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)), rule("unknown-source", "source ids are lowercase letters, digits and hyphens, separated by spaces"));
}

/** An absolute http(s) URL (a `javascript:` or `data:` address is `unsafe-url`). */
export function url() {
  return present
    .refine((s) => !/^\s*(javascript|data|vbscript|file):/i.test(s), rule("unsafe-url", "only http(s) addresses are allowed"))
    .refine((s) => {
      try {
        const parsed = new URL(s);
        return (parsed.protocol === "https:" || parsed.protocol === "http:") && /^https?:\/\/[^\s]+$/.test(s);
      } catch {
        return false;
      }
    }, rule("not-a-url", "must be an absolute http(s) URL"));
}

/** Marks a column as free text, so the injection test knows to fill it with hostile strings. */
export const FREE_TEXT = "free-text";

/** Free text, required. Escaped wherever it is shown; never used as an id. */
export function text() {
  return present.describe(FREE_TEXT);
}

/** Free text that may be empty; empty becomes `undefined`. */
export function optionalText() {
  return z.string().transform((s) => (s === "" ? undefined : s)).describe(FREE_TEXT);
}

/**
 * Makes a column type optional: an empty cell becomes `undefined`; anything else must pass the
 * column type, and its own rule is reported (a union would hide it behind "invalid input").
 */
export function optional<T>(schema: z.ZodType<T, string>) {
  const wrapped = z.string().transform((cell, ctx): T | undefined => {
    if (cell === "") return undefined;
    const parsed = schema.safeParse(cell);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const params = (issue as { params?: Record<string, unknown> }).params;
      ctx.addIssue({ code: "custom", message: issue.message, ...(params ? { params } : {}) });
    }
    return z.NEVER;
  });
  // Keeps the free-text mark of the wrapped column (see FREE_TEXT).
  return schema.description ? wrapped.describe(schema.description) : wrapped;
}

/** A percentage 0–100 (not a ratio), digits and an optional decimal point only. */
export function percent() {
  return numberText("a percentage is a number written with digits only, without %", NUMBER)
    .transform(Number)
    .refine((n) => n >= 0, rule("negative-count", "a percentage cannot be negative"))
    .refine((n) => n <= 100, rule("not-allowed", "a percentage is at most 100"));
}

/** A signed number (a change in percent, say). */
export function signedNumber() {
  return numberText("must be a number written with digits only", NUMBER).transform(Number);
}

/**
 * A coordinate in decimal degrees within [min, max]; datasets use the bounds of Mexico so a
 * swapped or mistyped coordinate fails ("coordinates inside Mexico").
 */
export function coordinate(min: number, max: number, what: string) {
  return present
    .refine((s) => NUMBER.test(s), rule("not-a-number", `${what} is a decimal number`))
    .transform(Number)
    .refine((n) => n >= min && n <= max, rule("not-allowed", `${what} must be between ${min} and ${max} (inside Mexico)`));
}

/** Bounding box of Mexico (with a small margin), decimal degrees. */
export const MEXICO_BOUNDS = { latitude: [14.3, 32.8], longitude: [-118.6, -86.6] } as const;

/** How exact a figure is, as its source words it ("more than 40,000" is at-least). */
export const QUALIFIERS = ["exact", "about", "at-least", "at-most"] as const;
export function qualifier() {
  return oneOf(QUALIFIERS);
}
