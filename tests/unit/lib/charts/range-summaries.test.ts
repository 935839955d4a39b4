import { describe, expect, it } from "vitest";
import { getChart } from "~/lib/charts/registry";
import { rangeSummaries } from "~/lib/charts/range-summaries";

describe("a summary sentence for every time range", () => {
  const rows = [2013, 2014, 2015].map((year) => ({ year, value: year - 2000 }));
  const summary = (inside: typeof rows) => `${inside[0]?.year}–${inside.at(-1)?.year}: ${inside.map((row) => row.value).join(", ")}`;
  it("runs the chart's own summary on the rows of each range, leaving out every year's", () => {
    const result = rangeSummaries(rows, [2013, 2014, 2015], summary, summary(rows));
    expect(Object.keys(result.ranges).sort()).toEqual(["2013..2013", "2013..2014", "2014..2014", "2014..2015", "2015..2015"]);
    expect(result.sentences[result.ranges["2014..2015"] as number]).toBe("2014–2015: 14, 15");
  });
  it("stores a sentence once when ranges share it, and skips ranges without rows", () => {
    const result = rangeSummaries(rows, [2013, 2013, 2015], () => "same", "all");
    expect(result.sentences).toEqual(["same"]);
    expect(result.ranges["2014..2014"]).toBeUndefined();
  });
  it("gives the real charts sentences that describe only the years chosen", () => {
    const chart = getChart("asylum-requests-by-year", "en");
    const { sentences, ranges } = chart.time?.summaries ?? { sentences: [], ranges: {} };
    const of = (range: string) => sentences[ranges[range] ?? -1] ?? "";
    expect(of("2019..2019")).toMatch(/^COMAR received [\d,]+ asylum requests in 2019\.$/);
    expect(of("2023..2024")).toContain("in 2023, the most of these years");
    expect(of("2019..2021")).not.toMatch(/201[3-8]|202[2-9]/);
    // No degenerate comparisons in any range of any chart with a time range.
    for (const id of ["asylum-requests-by-year", "detentions-by-year", "deportations-by-year", "comar-budget-vs-requests", "comar-backlog", "asylum-requests-by-month", "asylum-requests-by-nationality"] as const) {
      for (const lang of ["en", "es"] as const) {
        const all = getChart(id, lang).time?.summaries.sentences ?? [];
        expect(all.length, id).toBeGreaterThan(0);
        for (const sentence of all) expect(sentence, `${id} ${lang}`).not.toMatch(/ 1×|From (\d{4}) to \1|De (\d{4}) a \2/);
      }
    }
  });
});
