import { describe, expect, it } from "vitest";
import { isFullYear, loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { loadAsylumRequestsByNationality } from "~/lib/data/datasets/asylum-requests-by-nationality";
import { loadComarBudget } from "~/lib/data/datasets/comar-budget";
import { joinBudgetAndRequests } from "~/lib/charts/specs/comar-budget-vs-requests";

/** Largest gap, as a share of the annual series, accepted without an explanation in the metadata. */
const TOLERANCE = 0.005;

describe("totals reconcile with the annual series", () => {
  const annual = new Map(loadAsylumRequestsByYear().rows.filter(isFullYear).map((row) => [row.year, row.requests]));
  const { rows, meta } = loadAsylumRequestsByNationality();
  const caveats = meta.caveats.map((c) => c.en).join("\n");

  const sums = new Map<number, { total: number; months: number }>();
  for (const row of rows) {
    if (row.requests === undefined) continue;
    const entry = sums.get(row.year) ?? { total: 0, months: row.months };
    sums.set(row.year, { total: entry.total + row.requests, months: row.months });
  }

  for (const [year, { total, months }] of sums) {
    it(`nationality rows for ${year} add up to the annual total, or the metadata explains the gap`, () => {
      const expected = annual.get(year);
      const explained = caveats.includes(String(year));
      if (months < 12 || expected === undefined) {
        expect(explained, `${year} is partial or has no annual total: a caveat must say so`).toBe(true);
        return;
      }
      const gap = Math.abs(total - expected) / expected;
      if (gap > TOLERANCE || total !== expected) expect(explained, `${year}: ${total} vs ${expected}`).toBe(true);
    });
  }

  it("every year's nationality rows use a single source's release (one source per year)", () => {
    const byYear = new Map<number, Set<string>>();
    for (const row of rows.filter((r) => r.requests !== undefined && r.nationality !== "OTH")) byYear.set(row.year, (byYear.get(row.year) ?? new Set()).add(row.source));
    for (const [year, sources] of byYear) expect(sources.size, String(year)).toBe(1);
  });

  it("pesos per request is budget ÷ the same year's full-year requests", () => {
    const joined = joinBudgetAndRequests(loadComarBudget().rows, loadAsylumRequestsByYear().rows);
    const y2023 = joined.find((row) => row.year === 2023);
    expect(y2023?.requests).toBe(annual.get(2023));
    expect(y2023?.perRequest).toBeCloseTo((y2023?.pesos ?? 0) / (annual.get(2023) ?? 1), 6);
    expect(joined.find((row) => row.year === 2025)?.perRequest).toBeUndefined();
  });
});
