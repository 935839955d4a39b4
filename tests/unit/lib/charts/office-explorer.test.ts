import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { getChart } from "~/lib/charts/registry";
import { lineWithGaps } from "~/lib/charts/series-explorer";
import { defaultPlaces, periodEndX, placeOrder, placeRows } from "~/lib/charts/specs/asylum-requests-by-office-lines";
import { loadAsylumRequestsByOffice } from "~/lib/data/datasets/asylum-requests-by-office";
import { nationalTotal } from "~/lib/stats/national-total";
import { monthsCovered, placePeriods, shareOf, type PlaceRow } from "~/lib/stats/place-measures";
import { quantity } from "~/lib/stats/quantity";
import { parseViewState, serializeViewState } from "~/lib/url/view-state";

const { rows: raw } = loadAsylumRequestsByOffice();
const rows = placeRows(raw);
const chart = getChart("asylum-requests-by-office-lines", "en");
const svgOf = (layout: "compact" | "wide", variant: string) => {
  const render = chart.renders.find((r) => r.layout === layout && r.variant === variant);
  if (!render) throw new Error("no render");
  return new JSDOM(render.svg).window.document;
};
const row = (over: Partial<PlaceRow>): PlaceRow => ({ place: "of-x", year: 2024, period_start: "2024-01-01", period_end: "2024-06-30", source: "s", ...over });
const total = (value: number) => () => ({ ...quantity(value, "people", "national"), source: "n" });

describe("place measures over unequal periods", () => {
  it("counts whole months as months, and a period ending mid-month by its days", () => {
    expect(monthsCovered("2024-01-01", "2024-02-29")).toBe(2);
    expect(monthsCovered("2023-01-01", "2023-11")).toBe(11);
    expect(monthsCovered("2024-01-01", "2024-12-31")).toBe(12);
    // 1 January to 16 February: 47 days.
    expect(monthsCovered("2022-01-01", "2022-02-16")).toBeCloseTo(47 / 30.4375, 2);
    expect(monthsCovered("2018-01-01", "2019-10-25")).toBeGreaterThan(21);
  });

  it("computes a share only where the source prints none, from the national total of the same period, and labels it", () => {
    const [printed, computed, none] = placePeriods([row({ requests: 500, share_percent: 60 }), row({ requests: 640 }), row({ share_percent: undefined, requests: undefined })], total(1000));
    expect(printed?.share_percent).toBe(60);
    expect(printed?.share_percent_computed).toBeNull();
    expect(printed?.national_requests).toBeNull();
    expect(computed?.share_percent).toBeNull();
    expect(computed?.share_percent_computed).toBe(64);
    expect(computed?.national_requests).toBe(1000);
    expect(computed?.national_source).toBe("n");
    expect(shareOf(computed!)).toEqual({ value: 0.64, computed: true });
    expect(shareOf(printed!)).toEqual({ value: 0.6, computed: false });
    expect(shareOf(none!)).toBeUndefined();
  });

  it("computes no share without a national total for the period", () => {
    const [only] = placePeriods([row({ requests: 640 })], () => undefined);
    expect(only?.share_percent_computed).toBeNull();
    expect(only?.requests_per_month).toBe(Math.round(640 / 6));
  });

  it("takes a national total only for exactly the same period: not one that ends on another day", () => {
    expect(nationalTotal("2022-01-01", "2022-02-28")?.value).toBe(15993);
    // Chiapas's row runs to 16 February 2022: January–February's total is not its denominator.
    expect(nationalTotal("2022-01-01", "2022-02-16")).toBeUndefined();
    expect(nationalTotal("2018-01-01", "2019-10-25")).toBeUndefined();
    expect(nationalTotal("2024-01", "2024-07")?.value).toBe(46920);
  });

  it("the chart's computed shares are the count over the named national total, and none replaces a printed share", () => {
    const computed = rows.filter((r) => r.share_percent_computed !== null);
    expect(computed.length).toBeGreaterThan(10);
    for (const r of computed) {
      expect(r.share_percent, r.place).toBeNull();
      expect(r.share_percent_computed).toBeCloseTo(((r.requests as number) / (r.national_requests as number)) * 100, 2);
      expect(nationalTotal(r.period_start, r.period_end)?.value).toBe(r.national_requests);
    }
    const tapachula2024 = rows.find((r) => r.place === "of-tapachula" && r.period_end === "2024-12-31");
    expect(tapachula2024?.share_percent_computed).toBeCloseTo((50742 / 78975) * 100, 2);
  });
});

describe("place explorer", () => {
  it("defaults to the places with the most periods with a share, which the URL parser accepts", () => {
    const set = defaultPlaces(rows);
    expect(set).toHaveLength(5);
    expect(set[0]).toBe("of-tapachula");
    const withShares = (place: string) => rows.filter((r) => r.place === place && shareOf(r)).length;
    const others = placeOrder(rows).filter((place) => !set.includes(place));
    for (const place of others) expect(withShares(place)).toBeLessThanOrEqual(Math.min(...set.map(withShares)));
    const view = chart.views.find((v) => v.name === "place");
    expect(view?.fallback).toBe(set.join("~"));
    expect(parseViewState(`?place=${set.join("~")}`, chart.views).dropped).toEqual([]);
  });

  it("leaves out places with no share in any period, and says so in its method", () => {
    const drawn = placeOrder(rows);
    const all = new Set(raw.map((r) => r.place));
    const left = [...all].filter((place) => !drawn.includes(place));
    for (const place of left) expect(placePeriods(raw.filter((r) => r.place === place), nationalTotal).every((r) => !shareOf(r))).toBe(true);
    if (left.length > 0) expect(chart.method.join(" ")).toContain("left out of the explorer");
    expect(chart.notes.slice(0, chart.method.length)).toEqual(chart.method);
  });

  for (const [label, query] of [
    ["unknown place", "?place=of-tapachula~st-atlantis"],
    ["markup", `?place=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
    ["more than eight", `?place=${placeOrder(rows).join("~")}`],
    ["repeated key", "?place=of-tapachula&place=st-chiapas"],
    ["empty", "?place="],
    ["upper case", "?place=OF-TAPACHULA"],
    ["a list with commas", "?place=of-tapachula,st-chiapas"],
    ["too long", `?place=${"of-tapachula~".repeat(30)}of-tapachula`],
  ] as const) {
    it(`a hostile set (${label}) falls back to the default and is dropped`, () => {
      const { state, dropped } = parseViewState(query, chart.views);
      expect(state["place"]).toBe(defaultPlaces(rows).join("~"));
      expect(dropped).toContain("place");
      expect(serializeViewState(state, chart.views)).toBe("");
    });
  }

  it("writes a chosen set in the allow-list's order, so equal sets give equal URLs", () => {
    const { state } = parseViewState("?place=st-tabasco~of-tapachula~st-tabasco", chart.views);
    expect(state["place"]).toBe("of-tapachula~st-tabasco");
    expect(serializeViewState(state, chart.views)).toBe("?place=of-tapachula~st-tabasco");
    // The nationality parameter means nothing here.
    expect(parseViewState("?country=VEN", chart.views).dropped).toEqual(["country"]);
  });

  it("draws every place tagged with its id, computed shares as rings, those outside the default set hidden", () => {
    const shown = defaultPlaces(rows);
    for (const layout of ["compact", "wide"] as const) {
      const doc = svgOf(layout, "share");
      for (const place of placeOrder(rows)) {
        const mine = rows.filter((r) => r.place === place);
        const dots = doc.querySelectorAll(`g.series-dot [data-key="${place}"]`);
        expect(dots.length, place).toBe(mine.filter((r) => shareOf(r)).length);
        expect(doc.querySelectorAll(`g.series-hollow [data-key="${place}"]`).length, place).toBe(mine.filter((r) => shareOf(r)?.computed).length);
        expect(dots[0]?.closest("g.series-dot")?.classList.contains("series-off"), place).toBe(!shown.includes(place));
      }
      expect(doc.querySelectorAll("g.series-line:not(.series-off)")).toHaveLength(shown.length);
    }
  });

  it("places each point at the end of its period and breaks a line at a year with nothing published, never drawing a zero", () => {
    expect(periodEndX("2022-12-31")).toBe(2023);
    expect(periodEndX("2024-02-29")).toBeCloseTo(2024 + 60 / 366, 6);
    expect(periodEndX("2023-11")).toBeCloseTo(2023 + 334 / 365, 6);
    // Mexico City: a share for 2019, then none in 2020 or 2021: its line has two pieces.
    const doc = svgOf("wide", "share");
    const path = doc.querySelector('g.series-line [data-key="st-ciudad-de-mexico"]')?.getAttribute("d") ?? "";
    expect(path.match(/M/g)?.length).toBe(2);
    const zero = Number(doc.querySelector(".mark-axis line")?.getAttribute("y1"));
    for (const dot of doc.querySelectorAll("g.series-dot circle")) expect(Number(dot.getAttribute("cy"))).toBeLessThan(zero);
    const pieces = lineWithGaps([{ key: "a", x: 2019.5, slot: 2019, value: 1, title: "" }, { key: "a", x: 2022.5, slot: 2022, value: 2, title: "" }], (slot) => slot + 0.5);
    expect(pieces.map((p) => p.value)).toEqual([1, undefined, undefined, 2]);
  });

  it("draws requests per month as the count over the months covered", () => {
    const doc = svgOf("wide", "per-month");
    const tapachula = rows.filter((r) => r.place === "of-tapachula" && r.requests !== null);
    expect(doc.querySelectorAll('g.series-dot [data-key="of-tapachula"]').length).toBe(tapachula.length);
    expect(doc.querySelectorAll("g.series-hollow")).toHaveLength(0);
    const labels = [...doc.querySelectorAll('[data-plot="y-axis tick label"] text')].map((t) => t.textContent ?? "");
    expect(labels.some((l) => l.endsWith("%"))).toBe(false);
    const share = [...svgOf("wide", "share").querySelectorAll('[data-plot="y-axis tick label"] text')].map((t) => t.textContent ?? "");
    expect(share.at(-1)).toMatch(/%$/);
    const top = Number(doc.querySelector(".scale-top [data-key]")?.getAttribute("data-key"));
    expect(top).toBeGreaterThanOrEqual(Math.max(...rows.map((r) => r.requests_per_month ?? 0)));
  });

  it("keys every table row by place and lists the national totals' sources with the rows' own", () => {
    expect(chart.table.rowKeys).toEqual(rows.map((r) => r.place));
    const ids = new Set(chart.sources.map((s) => s.id));
    for (const r of rows) {
      expect(ids.has(r.source)).toBe(true);
      if (r.national_source) expect(ids.has(r.national_source), r.national_source).toBe(true);
    }
    expect(chart.records.some((record) => record["share_percent_computed"] !== null)).toBe(true);
    // A national total is no row's source: the table names it beside the total.
    const column = chart.table.headers.findIndex((h) => h.text === "National total, same period");
    rows.forEach((r, i) => {
      const cell = chart.table.rows[i]?.[column];
      if (r.national_source) expect(cell?.text).toContain(chart.sources.find((s) => s.id === r.national_source)?.publisher ?? "?");
      else expect(cell?.text).toBe("—");
      expect(cell?.sortValue).toBe(r.national_requests ?? undefined);
    });
  });

  it("summarises the default view from the data, in both languages", () => {
    for (const lang of ["en", "es"] as const) {
      const summary = getChart("asylum-requests-by-office-lines", lang).summary;
      expect(summary).toContain(lang === "es" ? "Ciudad de México" : "Mexico City");
      expect(summary).toContain("Tapachula");
      const tapachula = rows.filter((r) => r.place === "of-tapachula").flatMap((r) => shareOf(r)?.value ?? []);
      expect(summary).toContain(String(tapachula.length));
      expect(summary).toMatch(lang === "es" ? /55\s?%/ : /55%/);
    }
  });
});
