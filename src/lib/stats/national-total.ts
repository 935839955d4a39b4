import { isFullYear, loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { loadAsylumRequestsByMonth } from "~/lib/data/datasets/asylum-requests-by-month";
import { quantity, type Quantity } from "./quantity";

/**
 * COMAR's national total of requests (people) for a period that runs from 1 January to the end
 * of a month, when one was published: a full year from the yearly series, or a year-to-date
 * total from the monthly one. Exact totals only: a lower bound ("more than") is no denominator.
 * Used to turn a state's count into a share of the nation, never of a subtotal of states.
 */
export function nationalTotal(periodStart: string, periodEnd: string): (Quantity & { source: string }) | undefined {
  const year = periodStart.slice(0, 4);
  if (periodStart.slice(5, 10) !== "01-01" && periodStart.length > 4) return undefined;
  const endMonth = periodEnd.slice(0, 7);
  if (endMonth.slice(0, 4) !== year) return undefined;
  if (endMonth.endsWith("-12")) {
    const row = loadAsylumRequestsByYear().rows.find((r) => String(r.year) === year && isFullYear(r));
    if (row) return { ...quantity(row.requests, "people", `national total ${year}`), source: row.source };
  }
  const row = loadAsylumRequestsByMonth().rows.find((r) => r.period_start === `${year}-01` && r.period_end === endMonth && r.qualifier === "exact");
  return row ? { ...quantity(row.requests, "people", `national total ${year}-01…${endMonth}`), source: row.source } : undefined;
}
