import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { getChart } from "~/lib/charts/registry";
import { seriesColours } from "~/lib/charts/series-colours";
import { CATEGORY_COLORS } from "~/lib/charts/theme";
import { axisScale } from "~/lib/charts/axis-ticks";
import { defaultSet, explorerCodes } from "~/lib/charts/specs/asylum-requests-by-nationality-lines";
import { asylumRequestsByNationalityLegend } from "~/lib/charts/specs/asylum-requests-by-nationality";
import { nationalityName } from "~/lib/data/lookups";
import { loadAsylumRequestsByNationality } from "~/lib/data/datasets/asylum-requests-by-nationality";
import { parseViewState } from "~/lib/url/view-state";

const { rows } = loadAsylumRequestsByNationality();
const chart = getChart("asylum-requests-by-nationality-lines", "en");
const svgOf = (layout: "compact" | "wide", variant: string) => {
  const render = chart.renders.find((r) => r.layout === layout && r.variant === variant);
  if (!render) throw new Error("no render");
  return new JSDOM(render.svg).window.document;
};

describe("series colours", () => {
  it("never gives two drawn series the same colour, for any set up to the palette's size", () => {
    const codes = explorerCodes(rows);
    for (let start = 0; start < codes.length; start++) {
      const set = [...codes.slice(start), ...codes.slice(0, start)].slice(0, CATEGORY_COLORS.length);
      const colours = [...seriesColours(set, codes).values()];
      expect(new Set(colours).size).toBe(set.length);
    }
  });

  it("keeps a series' colour when another joins in a free slot", () => {
    const codes = explorerCodes(rows);
    const before = seriesColours([codes[0] as string], codes);
    const after = seriesColours([codes[0] as string, codes[3] as string], codes);
    expect(after.get(codes[0] as string)).toBe(before.get(codes[0] as string));
  });
});

describe("nationality explorer", () => {
  it("defaults to the latest year's five largest nationalities, which the URL parser accepts", () => {
    const set = defaultSet(rows);
    expect(set).toHaveLength(5);
    const view = chart.views.find((v) => v.name === "country");
    expect(view?.fallback).toBe(set.join("~"));
    expect(parseViewState(`?country=${set.join("~")}`, chart.views).dropped).toEqual([]);
  });

  it("draws every nationality, each tagged with its code, and hides those outside the default set", () => {
    const codes = explorerCodes(rows);
    const shown = defaultSet(rows);
    for (const layout of ["compact", "wide"] as const) {
      const doc = svgOf(layout, "count");
      for (const code of codes) {
        const dots = doc.querySelectorAll(`g.series-dot [data-key="${code}"]`);
        expect(dots.length, code).toBe(rows.filter((r) => r.nationality === code && r.requests !== undefined).length);
        const group = dots[0]?.closest("g.series-dot");
        expect(group?.classList.contains("series-off"), code).toBe(!shown.includes(code));
      }
      expect(doc.querySelectorAll("g.series-line:not(.series-off)")).toHaveLength(shown.length);
    }
  });

  it("breaks a line where a year's list did not name the nationality, never drawing a zero", () => {
    // Venezuela is not in 2021's list: its line has two pieces (a gap), not a dip to zero.
    const doc = svgOf("wide", "count");
    const path = doc.querySelector('g.series-line [data-key="VEN"]')?.getAttribute("d") ?? "";
    expect(path.match(/M/g)?.length).toBe(2);
    const zero = Number(doc.querySelector(".mark-axis line")?.getAttribute("y1"));
    for (const dot of doc.querySelectorAll('g.series-dot [data-key="VEN"]')) expect(Number(dot.getAttribute("cy"))).toBeLessThan(zero);
  });

  it("carries the top of its y scale for the script that rescales it", () => {
    for (const variant of ["count", "share"]) {
      const top = Number(svgOf("wide", variant).querySelector(".scale-top [data-key]")?.getAttribute("data-key"));
      const values = rows.filter((r) => r.requests !== undefined && r.nationality !== "OTH").map((r) => r.requests as number);
      if (variant === "count") expect(top).toBe(axisScale(Math.max(...values), 6).top);
      else expect(top).toBeGreaterThan(0.3);
      expect(top).toBeLessThanOrEqual(variant === "count" ? 60_000 : 1);
    }
  });

  it("names the lines that reach the latest year at their ends, apart from each other", () => {
    const doc = svgOf("wide", "count");
    const ys = [...doc.querySelectorAll("g.series-label:not(.series-off) text")].map((t) => Number(/translate\([^,]+,([^)]+)\)/.exec(t.getAttribute("transform") ?? "")?.[1])).sort((a, b) => a - b);
    expect(ys).toHaveLength(defaultSet(rows).length);
    for (let i = 1; i < ys.length; i++) expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(14.9);
    // Cameroon was listed in 2019 only: no end label in the middle of the chart.
    expect(doc.querySelector('g.series-label [data-key="CMR"]')).toBeNull();
  });

  it("labels the partial year with its months", () => {
    const texts = [...svgOf("compact", "count").querySelectorAll('[data-plot="x-axis tick label"] text')].map((t) => t.textContent);
    expect(texts.find((text) => text?.includes("’19"))).toContain("Jan–Nov");
    expect(texts.filter((text) => text?.includes("–"))).toHaveLength(1);
  });

  it("summarises the default view from the data: every default nationality named, the latest leader and its count", () => {
    for (const lang of ["en", "es"] as const) {
      const summary = getChart("asylum-requests-by-nationality-lines", lang).summary;
      for (const code of defaultSet(rows)) expect(summary).toContain(nationalityName(code, lang));
      const latest = Math.max(...rows.filter((r) => r.requests !== undefined).map((r) => r.year));
      const leader = rows.filter((r) => r.year === latest && r.nationality !== "OTH" && r.requests !== undefined).sort((a, b) => (b.requests as number) - (a.requests as number))[0];
      expect(summary).toContain(new Intl.NumberFormat(lang === "es" ? "es-MX" : "en").format(leader?.requests as number));
    }
  });

  it("keys every table row by nationality, so the table can follow the set", () => {
    expect(chart.table.rowKeys).toHaveLength(chart.table.rows.length);
    expect(new Set(chart.table.rowKeys)).toEqual(new Set(rows.map((r) => r.nationality)));
  });

});

describe("stacked bars by nationality: its key", () => {
  it("gives each colour one entry, naming the smaller listed nationalities that share one as a group", () => {
    const items = asylumRequestsByNationalityLegend(rows, "en");
    expect(new Set(items.map((item) => item.color)).size).toBe(items.length);
    const group = items.find((item) => item.key === "other-listed");
    const named = new Set(items.map((item) => item.key));
    const missing = explorerCodes(rows).filter((code) => !named.has(code));
    expect(missing.length).toBeGreaterThan(1);
    for (const code of missing) expect(group?.label).toContain(nationalityName(code, "en"));
  });
});
