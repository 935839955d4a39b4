import { describe, expect, it } from "vitest";
import { atlasChart } from "~/lib/charts/specs/maps";
import { mapStateStyles } from "~/lib/charts/specs/mexico-map";
import { parseViewState, serializeViewState, type ViewParam } from "~/lib/url/view-state";
import { statePanels, stateSlugs } from "~/lib/geo/state-panel";

const views = (): ViewParam[] => {
  const declared = atlasChart.views;
  return typeof declared === "function" ? declared(atlasChart.load().rows) : (declared ?? []);
};

describe("the atlas's ?state= parameter", () => {
  it("allows exactly the 32 states' slugs and 'none' (the default)", () => {
    const state = views().find((view) => view.name === "state");
    expect(state?.fallback).toBe("none");
    expect(state?.values).toHaveLength(33);
    expect(stateSlugs()).toContain("chiapas");
    expect(stateSlugs()).toContain("ciudad-de-mexico");
    for (const slug of stateSlugs()) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("round-trips a state and drops hostile values", () => {
    const parsed = parseViewState("?state=chiapas&year=2023", views());
    expect(parsed.state["state"]).toBe("chiapas");
    expect(parsed.dropped).toEqual([]);
    expect(serializeViewState(parsed.state, views())).toBe("?year=2023&state=chiapas");
    for (const hostile of ["st-chiapas", "<script>", "chiapas,tabasco", "Chiapas", "", "x".repeat(500)]) {
      const bad = parseViewState(`?state=${encodeURIComponent(hostile)}`, views());
      expect(bad.state["state"], hostile).toBe("none");
      expect(serializeViewState(bad.state, views())).toBe("");
    }
    expect(parseViewState("?state=chiapas&state=tabasco", views()).state["state"]).toBe("none");
  });

  it("writes one panel rule per state and refuses a non-slug in CSS", () => {
    const css = mapStateStyles("chart-atlas", stateSlugs());
    expect(css).toContain('#chart-atlas[data-state="chiapas"] .map-state-panel[data-state="chiapas"]{display:block}');
    expect(css).toContain('#chart-atlas[data-state="chiapas"] .map-states [data-key="st-chiapas"]');
    expect(() => mapStateStyles("chart-atlas", ["a}b{"])).toThrow();
  });
});

describe("state panels", () => {
  const panels = new Map(statePanels().map((panel) => [panel.slug, panel]));

  it("has one panel per state, each with a year for every breakdown on the map", () => {
    expect(panels.size).toBe(32);
    const years = panels.get("chiapas")?.series.map((year) => year.year) ?? [];
    for (const panel of panels.values()) expect(panel.series.map((year) => year.year)).toEqual(years);
  });

  it("gives Chiapas its requests, its offices and its detention sites; a state without any stays empty", () => {
    const chiapas = panels.get("chiapas");
    expect(chiapas?.series.every((year) => year.value !== undefined)).toBe(true);
    expect(chiapas?.offices.map((office) => office.office)).toContain("of-tapachula");
    expect(chiapas?.facilities.length).toBeGreaterThan(0);
    for (const facility of chiapas?.facilities ?? []) expect(facility.state).toBe("st-chiapas");
    const zacatecas = panels.get("zacatecas");
    expect(zacatecas?.series.every((year) => year.value === undefined)).toBe(true);
    expect(zacatecas?.offices).toEqual([]);
  });
});
