import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { renderPlot } from "~/lib/charts/render";
import { asylumRequestsByOfficeSpec } from "~/lib/charts/specs/asylum-requests-by-office";
import { recognitionByNationalitySpec } from "~/lib/charts/specs/recognition-by-nationality";
import { restsOnCopy } from "~/lib/charts/uncertain";
import { getChart } from "~/lib/charts/registry";
import { loadRecognitionByNationality } from "~/lib/data/datasets/recognition-by-nationality";

const COPY = "ananoticias-2021-10-comar-september"; // tier 5 in data/sources.csv
const STRONG = "efe-2024-01-comar-2023-record"; // tier 3

describe("values known only from a copy are drawn as uncertain", () => {
  it("knows the tiers", () => {
    expect(restsOnCopy(COPY)).toBe(true);
    expect(restsOnCopy(STRONG)).toBe(false);
  });

  it("office bars: the copy-only bar is pale and dashed, the others solid", () => {
    const places = ["of-tapachula", "st-ciudad-de-mexico", "st-tabasco", "st-veracruz", "st-nuevo-leon"];
    const rows = places.map((place, i) => ({ year: 2021, place, period_start: "2021-01-01", period_end: "2021-09-30", requests: 1000 - i * 100, share_percent: undefined, source: i === 0 ? COPY : STRONG, line: i + 2 }));
    const svg = renderPlot(asylumRequestsByOfficeSpec(rows as never, { lang: "en", layout: "wide", width: 720, annotations: [], variant: "2021" }), { ariaLabel: "x" });
    const doc = new JSDOM(svg).window.document;
    const uncertain = doc.querySelectorAll("g.mark-uncertain rect");
    expect(uncertain.length).toBe(1);
    expect(uncertain[0]?.querySelector("title")?.textContent).toMatch(/copy/);
    expect(doc.querySelectorAll("g.mark-primary:not(.mark-uncertain) rect").length).toBe(4);
  });

  it("recognition rates: one hollow dot per copy-only row, and the legend says what hollow means", () => {
    const rows = loadRecognitionByNationality().rows;
    const copies = rows.filter((row) => restsOnCopy(row.source)).length;
    expect(copies).toBeGreaterThan(0);
    const svg = renderPlot(recognitionByNationalitySpec(rows, { lang: "en", layout: "wide", width: 720, annotations: [] }), { ariaLabel: "x" });
    const doc = new JSDOM(svg).window.document;
    expect([...doc.querySelectorAll("path, circle")].filter((el) => el.getAttribute("fill") === "none" && el.closest("g.mark-primary")).length).toBe(copies);
    expect(getChart("recognition-by-nationality", "es").legend.map((item) => item.key)).toContain("copy-only");
  });
});
