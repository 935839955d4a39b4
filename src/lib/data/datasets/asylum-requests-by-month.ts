import * as col from "../columns";
import { defineDataset, loadDataset, type Dataset } from "../dataset";

/**
 * Published counts of asylum requests to COMAR for a single month or for a year so far (January
 * to a month), national total. Unit: people. The chart turns them into requests per month
 * (src/lib/charts/specs/asylum-requests-by-month.ts); the CSV keeps each count as published.
 */
export const asylumRequestsByMonth = defineDataset({
  id: "asylum-requests-by-month",
  columns: (meta) => ({
    /** First month covered, YYYY-MM. */
    period_start: col.isoDate(meta.period),
    /** Last month covered, YYYY-MM (the same as period_start for a single month). */
    period_end: col.isoDate(meta.period),
    requests: col.count(),
    qualifier: col.qualifier(),
    source: col.sourceId(),
  }),
  key: ["period_start", "period_end", "source"],
  sourceColumns: ["source"],
  rowRules: [
    col.periodInOrder("period_start", "period_end"),
    // A count spans whole months of one year: a single month or January to a month.
    (row: Record<string, unknown>) => {
      const start = row["period_start"];
      const end = row["period_end"];
      if (typeof start !== "string" || typeof end !== "string") return undefined;
      if (!/^\d{4}-\d{2}$/.test(start) || !/^\d{4}-\d{2}$/.test(end)) return { column: "period_end", rule: "not-allowed" as const, message: "months are written YYYY-MM" };
      if (start.slice(0, 4) !== end.slice(0, 4)) return { column: "period_end", rule: "not-allowed" as const, message: "a count stays within one calendar year" };
      if (start !== end && !start.endsWith("-01")) return { column: "period_start", rule: "not-allowed" as const, message: "a count of several months starts in January (a year-to-date total)" };
      return undefined;
    },
  ],
});

type MonthlyColumns = ReturnType<typeof asylumRequestsByMonth.columns>;
export type MonthlyRequests = Dataset<MonthlyColumns>["rows"][number];

export const loadAsylumRequestsByMonth = (dir?: string) => loadDataset(asylumRequestsByMonth, dir);
