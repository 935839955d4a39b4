import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { yearlyBarsSpec, yearlySummary, type YearValue } from "~/lib/charts/specs/yearly-bars";
import type { ChartRenderOptions } from "~/lib/charts/types";
import type { Lang } from "~/i18n";

const ID = "asylum-requests-by-year";
const asylumRequestsByYearSummary = (rows: YearValue[], lang: Lang) => yearlySummary(ID, rows, lang);
const asylumRequestsByYearSpec = (rows: YearValue[], options: ChartRenderOptions) => yearlyBarsSpec(ID, rows, options);
import { renderPlot } from "~/lib/charts/render";
import { getChart } from "~/lib/charts/registry";

const row = (year: number, value: number, months = 12): YearValue => ({ year, value, months, source: "x", unit: "people" });

describe("asylum-requests-by-year summary", () => {
  it("states the first year, the rise to the peak and the latest full year", () => {
    const rows = [row(2013, 100), row(2014, 1000), row(2015, 400)];
    expect(asylumRequestsByYearSummary(rows, "en")).toBe(
      "COMAR received 100 asylum requests in 2013; the number rose 10× to a peak of 1,000 in 2014 and was 400 in 2015.",
    );
  });

  it("says so when the latest year is the peak", () => {
    const rows = [row(2013, 100), row(2014, 250)];
    expect(asylumRequestsByYearSummary(rows, "en")).toBe("COMAR received 100 asylum requests in 2013; the number rose 2.5× to 250 in 2014, the highest of these years.");
  });

  it("keeps a partial year out of the comparison and names its months", () => {
    const rows = [row(2013, 100), row(2014, 1000), row(2015, 50, 9)];
    const summary = asylumRequestsByYearSummary(rows, "en");
    expect(summary).toContain("to 1,000 in 2014, the highest of these years.");
    expect(summary).toContain("In January–September 2015, at least 50 people applied");
  });

  it("tells one year alone, and a peak in the first year, without a rise of 1×", () => {
    expect(asylumRequestsByYearSummary([row(2019, 70120)], "en")).toBe("COMAR received 70,120 asylum requests in 2019.");
    expect(asylumRequestsByYearSummary([row(2023, 140831), row(2024, 78975)], "en")).toBe("COMAR received 140,831 asylum requests in 2023, the most of these years, and 78,975 in 2024.");
    expect(asylumRequestsByYearSummary([row(2023, 140831), row(2024, 78975)], "es")).toBe("La COMAR recibió 140,831 solicitudes de asilo en 2023, la cifra más alta de estos años, y 78,975 en 2024.");
  });

  it("is written in Spanish for Spanish pages", () => {
    const summary = asylumRequestsByYearSummary([row(2013, 1296), row(2023, 140831), row(2024, 78975)], "es");
    expect(summary).toBe("La COMAR recibió 1,296 solicitudes de asilo en 2013; la cifra se multiplicó 109× hasta un máximo de 140,831 en 2023 y fue de 78,975 en 2024.");
  });

  it("matches the real data", () => {
    const chart = getChart("asylum-requests-by-year", "en");
    expect(chart.summary).toMatch(/^COMAR received 1,296 asylum requests in 2013; the number rose 109× to a peak of 140,831 in 2023 and was 78,975 in 2024\./);
  });
});

describe("asylum-requests-by-year spec and render", () => {
  const rows = [row(2013, 100), row(2014, 1000), row(2015, 50, 9)];

  it("is pure: the same data gives the same SVG", () => {
    const a = renderPlot(asylumRequestsByYearSpec(rows, { lang: "en", layout: "wide", width: 720, annotations: [] }), { ariaLabel: "s" });
    const b = renderPlot(asylumRequestsByYearSpec(rows, { lang: "en", layout: "wide", width: 720, annotations: [] }), { ariaLabel: "s" });
    expect(a).toBe(b);
  });

  it("draws one bar per year, the partial year apart, and names the image", () => {
    const svg = renderPlot(asylumRequestsByYearSpec(rows, { lang: "en", layout: "wide", width: 720, annotations: [] }), { ariaLabel: "Summary sentence" });
    const doc = new JSDOM(svg).window.document;
    const root = doc.querySelector("svg");
    expect(root?.getAttribute("role")).toBe("img");
    expect(root?.getAttribute("aria-label")).toBe("Summary sentence");
    expect(doc.querySelectorAll(".mark-primary rect")).toHaveLength(2);
    expect(doc.querySelectorAll(".mark-partial rect")).toHaveLength(1);
    expect(doc.querySelector(".mark-partial rect title")?.textContent).toContain("partial year");
    expect(svg).toContain("Jan–Sep");
  });

  it("labels every other year on the compact layout so ticks do not collide", () => {
    const years = Array.from({ length: 12 }, (_, i) => row(2013 + i, 100 * (i + 1)));
    const svg = renderPlot(asylumRequestsByYearSpec(years, { lang: "en", layout: "compact", width: 360, annotations: [] }), { ariaLabel: "s" });
    const labels = [...new JSDOM(svg).window.document.querySelectorAll('[data-plot="x-axis tick label"] text')].map((n) => n.textContent).filter(Boolean);
    expect(labels).toEqual(["’13", "’15", "’17", "’19", "’21", "’23"]);
  });
});

describe("yearly bars", () => {
  it("keeps a slot for a year without data instead of drawing zero", () => {
    const svg = renderPlot(yearlyBarsSpec(ID, [row(2013, 10), row(2015, 30)], { lang: "en", layout: "wide", width: 720, annotations: [] }), { ariaLabel: "s" });
    const doc = new JSDOM(svg).window.document;
    const ticks = [...doc.querySelectorAll('[data-plot="x-axis tick label"] text')].map((n) => n.textContent);
    expect(ticks).toEqual(["2013", "2014", "2015"]);
    expect(doc.querySelectorAll(".mark-primary rect")).toHaveLength(2);
    expect([...doc.querySelectorAll(".mark-missing text")].map((n) => n.textContent)).toEqual(["no data"]);
  });

  it("numbers events above their year, several events in one year sharing a marker", () => {
    const annotations = [
      { id: "a", number: 1, date: "2014-07-07", year: 2014, title: "A", sourceIds: [] },
      { id: "b", number: 2, date: "2014-09-01", year: 2014, title: "B", sourceIds: [] },
    ];
    const svg = renderPlot(yearlyBarsSpec(ID, [row(2013, 10), row(2014, 30)], { lang: "en", layout: "wide", width: 720, annotations }), { ariaLabel: "s" });
    expect(new JSDOM(svg).window.document.querySelector(".mark-event-label text")?.textContent).toBe("1, 2");
  });
});

describe("summaries never compare values of different units", () => {
  it("fails when the first year counts people and the peak events", () => {
    const rows: YearValue[] = [{ ...row(2013, 100), unit: "people" }, { ...row(2014, 1000), unit: "events" }];
    expect(() => asylumRequestsByYearSummary(rows, "en")).toThrow(/ratio: cannot combine/);
  });
});
