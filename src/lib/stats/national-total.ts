import { isFullYear, loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { loadAsylumRequestsByMonth } from "~/lib/data/datasets/asylum-requests-by-month";
import { dayRange } from "~/lib/data/columns";
import { quantity, type Quantity } from "./quantity";

/**
 * COMAR's national total of requests (people) for a period that runs from 1 January to the end
 * of a month (exactly: not a day short), when one was published: a full year from the yearly series, or a year-to-date
 * total from the monthly one. Exact totals only: a lower bound ("more than") is no denominator.
 * Used to turn a state's count into a share of the nation, never of a subtotal of states.
 */
export function nationalTotal(periodStart: string, periodEnd: string): (Quantity & { source: string }) | undefined {
  const year = periodStart.slice(0, 4);
  if (dayRange(periodStart).first !== `${year}-01-01`) return undefined;
  const endMonth = periodEnd.slice(0, 7);
  if (endMonth.slice(0, 4) !== year) return undefined;
  // The same period exactly: a period ending mid-month (1 January to 16 February) is not January–February.
  if (dayRange(periodEnd).last !== dayRange(endMonth).last) return undefined;
  if (endMonth.endsWith("-12")) {
    const row = loadAsylumRequestsByYear().rows.find((r) => String(r.year) === year && isFullYear(r));
    if (row) return { ...quantity(row.requests, "people", `national total ${year}`), source: row.source };
  }
  const row = loadAsylumRequestsByMonth().rows.find((r) => r.period_start === `${year}-01` && r.period_end === endMonth && r.qualifier === "exact");
  return row ? { ...quantity(row.requests, "people", `national total ${year}-01…${endMonth}`), source: row.source } : undefined;
}
