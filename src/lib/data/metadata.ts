import { z } from "zod";

/**
 * Units a dataset may count in. One dataset, one unit: a chart never mixes people with cases
 * or events without saying so.
 */
export const UNITS = ["people", "cases", "events", "pesos", "dollars", "percent", "offices", "recommendations"] as const;
export type Unit = (typeof UNITS)[number];

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const rule = (id: string, message: string) => ({ message, params: { rule: id } });

/** Text in both site languages. Spanish is written, not machine-translated. */
export const Localized = z.strictObject({ en: z.string().min(1), es: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

const SourceRef = z.string().regex(SLUG, "a source id is lowercase letters, digits and hyphens");

/** A value another release or a report gave for one row, kept beside the value shown. */
export const Revision = z.strictObject({
  /** The row's key as written in the CSV (for yearly data, the year: "2015"). */
  key: z.string().min(1),
  value: z.number().nonnegative(),
  source: SourceRef,
  note: Localized,
});
export type Revision = z.infer<typeof Revision>;

/** `data/<id>.meta.json`: what a dataset is, its unit, period, sources and caveats. */
export const DatasetMeta = z.strictObject({
  id: z.string().regex(SLUG),
  title: Localized,
  description: Localized,
  /** What one row of the CSV counts. */
  row: Localized,
  unit: z.string().refine((u): u is Unit => (UNITS as readonly string[]).includes(u), rule("unknown-unit", `unit must be one of: ${UNITS.join(", ")}`)),
  period: z
    .strictObject({ from: z.number().int().min(1990).max(2100), to: z.number().int().min(1990).max(2100) })
    .refine((p) => p.from <= p.to, "period.from must not be after period.to"),
  sources: z.array(SourceRef).min(1),
  /** Why this series was chosen over the others found (shown on /methodology/). */
  series_choice: Localized,
  caveats: z.array(Localized),
  revisions: z.array(Revision),
  /** The day the data were last checked against their sources for newer or revised figures. */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "checked is a day: YYYY-MM-DD"),
  /**
   * How often the producer publishes new figures: `monthly`, `quarterly`, `yearly`, or `one-off`
   * (a report, a count that will not be repeated). `npm run data:status` flags a dataset whose
   * latest observation is older than its cadence allows.
   */
  cadence: z.enum(["monthly", "quarterly", "yearly", "one-off"]),
});
export const CADENCES = ["monthly", "quarterly", "yearly", "one-off"] as const;
export type Cadence = (typeof CADENCES)[number];
export type DatasetMeta = Omit<z.infer<typeof DatasetMeta>, "unit"> & { unit: Unit };
