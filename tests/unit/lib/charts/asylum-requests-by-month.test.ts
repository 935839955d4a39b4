import { describe, expect, it } from "vitest";
import { monthlyBands } from "~/lib/charts/specs/asylum-requests-by-month";
import type { MonthlyRequests } from "~/lib/data/datasets/asylum-requests-by-month";
import type { AnnualRequests } from "~/lib/data/datasets/asylum-requests-by-year";
import { getChart } from "~/lib/charts/registry";
import { nationalTotal } from "~/lib/stats/national-total";

const count = (period_start: string, period_end: string, requests: number, qualifier = "exact", source = "s"): MonthlyRequests =>
  ({ period_start, period_end, requests, qualifier, source, line: 2 }) as unknown as MonthlyRequests;
const year = (y: number, requests: number, months = 12): AnnualRequests => ({ year: y, requests, months, source: "y", line: 2 }) as unknown as AnnualRequests;

describe("asylum requests per month, from published months and year-to-date totals", () => {
  it("spreads the difference between two totals over the months in between, and December from the full year", () => {
    const bands = monthlyBands([count("2024-01", "2024-05", 5000), count("2024-01", "2024-07", 7000)], [year(2024, 12000)]);
    expect(bands.map((b) => [b.start, b.end, b.perMonth, b.kind])).toEqual([
      ["2024-01", "2024-05", 1000, "average"],
      ["2024-06", "2024-07", 1000, "average"],
      ["2024-08", "2024-12", 1000, "average"],
    ]);
  });

  it("draws a published single month as such, and does not average over it again", () => {
    const bands = monthlyBands([count("2019-01", "2019-01", 300), count("2019-01", "2019-11", 3300), count("2019-12", "2019-12", 200)], [year(2019, 3500)]);
    expect(bands.filter((b) => b.kind === "month").map((b) => [b.start, b.perMonth])).toEqual([["2019-01", 300], ["2019-12", 200]]);
    expect(bands.filter((b) => b.kind === "average").map((b) => [b.start, b.end, b.perMonth])).toEqual([["2019-02", "2019-11", 300]]);
  });

  it("keeps a lower bound as a lower bound, and never measures from one", () => {
    const bands = monthlyBands([count("2025-01", "2025-05", 5000), count("2025-01", "2025-06", 6000, "at-least"), count("2025-01", "2025-09", 9000, "at-least")], []);
    expect(bands.map((b) => [b.start, b.end, b.perMonth, b.lowerBound])).toEqual([
      ["2025-01", "2025-05", 1000, false],
      ["2025-06", "2025-09", 1000, true],
    ]);
  });

  it("stops when two releases contradict each other (a later total below an earlier one)", () => {
    expect(() => monthlyBands([count("2024-01", "2024-08", 9000, "exact", "a"), count("2024-01", "2024-09", 8000, "exact", "b")], [])).toThrow(/releases disagree/);
  });

  it("the real chart reaches the latest published period and says COMAR stopped publishing", () => {
    const chart = getChart("asylum-requests-by-month", "en");
    expect(chart.summary).toMatch(/June–September 2025/);
    expect(chart.summary).toMatch(/since early 2025/);
    expect(getChart("asylum-requests-by-month", "es").summary).toMatch(/junio a septiembre de 2025|junio–septiembre de 2025/i);
  });
});

describe("a state's share is of the national total, never of a subtotal of states", () => {
  it("finds COMAR's national total for a year or a year to date, and none for other periods", () => {
    expect(nationalTotal("2024-01-01", "2024-12-31")?.value).toBe(78975);
    expect(nationalTotal("2024-01-01", "2024-07-31")?.value).toBe(46920);
    expect(nationalTotal("2024-03-01", "2024-07-31")).toBeUndefined();
    // A lower bound is not a denominator.
    expect(nationalTotal("2025-01-01", "2025-09-30")).toBeUndefined();
  });

  it("the map's summary divides by the national total it names", () => {
    const summary = getChart("map-requests-by-state", "en").summary;
    const match = /(\d[\d,]*) people(?: applied there)?, (\d+)% of the (\d[\d,]*) nationwide/.exec(summary);
    expect(match, summary).not.toBeNull();
    const [, part, share, whole] = match as unknown as [string, string, string, string];
    expect(Math.round((Number(part.replace(/,/g, "")) / Number(whole.replace(/,/g, ""))) * 100)).toBe(Number(share));
  });
});
