import { describe, expect, it } from "vitest";
import { loadPolicyEvents } from "~/lib/data/datasets/policy-events";
import { getChart } from "~/lib/charts/registry";
import { CHART_IDS } from "~/lib/charts/types";

const { rows } = loadPolicyEvents();

describe("policy events (data/policy-events.csv)", () => {
  it("has every event with a date whose form matches its precision", () => {
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ } as const;
    for (const event of rows) expect(pattern[event.precision].test(event.date), event.id).toBe(true);
  });

  it("gives each event a stable id that starts with its date", () => {
    for (const event of rows) {
      expect(event.id, event.id).toMatch(/^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(event.id.startsWith(event.date), event.id).toBe(true);
    }
    expect(new Set(rows.map((e) => e.id)).size).toBe(rows.length);
  });

  it("writes every title and description in both languages, differently", () => {
    for (const event of rows) {
      expect(event.title_es, event.id).not.toBe(event.title_en);
      expect(event.description_es, event.id).not.toBe(event.description_en);
      expect(event.title_en.length, event.id).toBeLessThanOrEqual(90);
    }
  });

  it("links only to charts that exist", () => {
    for (const event of rows) for (const id of (event.charts ?? "").split(/\s+/).filter(Boolean)) expect(CHART_IDS, `${event.id} → ${id}`).toContain(id);
  });

  it("is the one source of the yearly asylum chart's annotations", () => {
    const chart = getChart("asylum-requests-by-year", "en");
    const marked = rows.filter((e) => e.charts?.split(/\s+/).includes("asylum-requests-by-year")).map((e) => e.id).sort();
    expect(chart.annotations.map((a) => a.id).sort()).toEqual(marked);
    expect(marked.length).toBeGreaterThanOrEqual(5);
  });
});
