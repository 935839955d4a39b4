import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import * as col from "~/lib/data/columns";
import { loadDetentionCapacity } from "~/lib/data/datasets/detention-capacity";
import { crimesAndSentences, impunitySpec, impunitySummary } from "~/lib/charts/specs/impunity";
import { detentionOvercrowdingSummary, overCapacity } from "~/lib/charts/specs/detention-overcrowding";
import { renderPlot } from "~/lib/charts/render";
import { getChart } from "~/lib/charts/registry";
import { CHART_IDS } from "~/lib/charts/types";

describe("detention overcrowding", () => {
  it("computes percent over capacity from held and capacity (never typed)", () => {
    expect(overCapacity({ held: 11198, capacity: 6931 })).toBeCloseTo(0.6156, 4);
    expect(overCapacity({ held: 50, capacity: 100 })).toBe(-0.5);
  });

  it("leads its summary with the most crowded system-wide count, computed from the data", () => {
    const { rows } = loadDetentionCapacity();
    const summary = detentionOvercrowdingSummary(rows, "en");
    const system = rows.filter((r) => r.scope === "system").sort((a, b) => overCapacity(b) - overCapacity(a))[0];
    expect(system).toBeDefined();
    expect(summary).toContain(`${Math.round(overCapacity(system as (typeof rows)[number]) * 100)}% over capacity`);
  });

  it("keeps every facility inside Mexico with a capacity above zero", () => {
    for (const row of loadDetentionCapacity().rows) {
      expect(row.capacity).toBeGreaterThan(0);
      if (row.scope === "facility") {
        expect(row.latitude).toBeGreaterThan(14.3);
        expect(row.longitude).toBeLessThan(-86.6);
      }
    }
  });

  it("rejects a coordinate outside Mexico", () => {
    expect(col.coordinate(14.3, 32.8, "latitude").safeParse("40.7").success).toBe(false);
    expect(col.coordinate(14.3, 32.8, "latitude").safeParse("16.75").success).toBe(true);
  });
});

describe("impunity", () => {
  const rows = [
    { measure: "crimes-reported" as const, period_start: "2014-01-01", period_end: "2016-12-31", value: 5824, qualifier: "exact" as const, source: "s", line: 2 },
    { measure: "sentences" as const, period_start: "2014-01-01", period_end: "2016-12-31", value: 49, qualifier: "exact" as const, source: "s", line: 3 },
  ];

  it("pairs crimes with the sentences of the same period and states the share", () => {
    expect(crimesAndSentences(rows)?.sentences.value).toBe(49);
    expect(impunitySummary(rows, "en")).toBe("Of 5,824 crimes against migrants reported in 2014–2016, 49 ended in a sentence: 0.8%.");
  });

  it("draws one waffle cell per crime, the sentences in their own colour", () => {
    const svg = renderPlot(impunitySpec(rows, { lang: "en", layout: "wide", width: 720, annotations: [] }), { ariaLabel: "s" });
    const doc = new JSDOM(svg).window.document;
    expect(doc.querySelectorAll('[data-key="sentences"]').length).toBe(1);
    expect(doc.querySelector('[data-key="sentences"] title')?.textContent).toContain("49 of 5,824");
  });
});

describe("every chart", () => {
  for (const id of CHART_IDS) {
    it(`${id}: summary in both languages, a table row per data row, both layouts rendered`, () => {
      const en = getChart(id, "en");
      const es = getChart(id, "es");
      expect(en.summary.length).toBeGreaterThan(40);
      expect(es.summary).not.toBe(en.summary);
      expect(en.table.rows.length).toBeGreaterThan(0);
      expect([["compact", "wide"], ["wide"]]).toContainEqual([...new Set(en.renders.map((r) => r.layout))].sort());
      for (const render of en.renders) expect(render.svg).toContain(`aria-label="${en.summary.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
    });
  }
});
