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

const present = z.string().refine((s) => s !== "", rule("empty-value", "must not be empty"));

/** A count of people, cases or events: a whole number ≥ 0 written with digits only. */
export function count() {
  return present
    .refine((s) => NUMBER.test(s), rule("not-a-number", "must be a number written with digits only (no separators or spaces)"))
    .transform(Number)
    .refine((n) => n >= 0, rule("negative-count", "a count cannot be negative"))
    .refine((n) => Number.isInteger(n), rule("not-a-whole-number", "a count must be a whole number"));
}

/** A non-negative amount that may have decimals (money, rates). */
export function amount() {
  return present
    .refine((s) => NUMBER.test(s), rule("not-a-number", "must be a number written with digits only"))
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

/** An ISO date at day, month or year precision: 2019, 2019-06, 2019-06-07. */
export function isoDate() {
  return present.refine((s) => ISO_DATE.test(s), rule("not-a-date", "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD"));
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

/** An absolute http(s) URL. */
export function url() {
  return present.refine((s) => {
    try {
      const parsed = new URL(s);
      return parsed.protocol === "https:" || parsed.protocol === "http:";
    } catch {
      return false;
    }
  }, rule("not-a-url", "must be an absolute http(s) URL"));
}

/** Free text, required. */
export function text() {
  return present;
}

/** Free text that may be empty; empty becomes `undefined`. */
export function optionalText() {
  return z.string().transform((s) => (s === "" ? undefined : s));
}

/**
 * Makes a column type optional: an empty cell becomes `undefined`; anything else must pass the
 * column type, and its own rule is reported (a union would hide it behind "invalid input").
 */
export function optional<T>(schema: z.ZodType<T, string>) {
  return z.string().transform((cell, ctx): T | undefined => {
    if (cell === "") return undefined;
    const parsed = schema.safeParse(cell);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const params = (issue as { params?: Record<string, unknown> }).params;
      ctx.addIssue({ code: "custom", message: issue.message, ...(params ? { params } : {}) });
    }
    return z.NEVER;
  });
}

/** A percentage 0–100 (not a ratio), digits and an optional decimal point only. */
export function percent() {
  return present
    .refine((s) => NUMBER.test(s), rule("not-a-number", "a percentage is a number written with digits only, without %"))
    .transform(Number)
    .refine((n) => n >= 0, rule("negative-count", "a percentage cannot be negative"))
    .refine((n) => n <= 100, rule("not-allowed", "a percentage is at most 100"));
}

/** A signed number (a change in percent, say). */
export function signedNumber() {
  return present.refine((s) => NUMBER.test(s), rule("not-a-number", "must be a number written with digits only")).transform(Number);
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
