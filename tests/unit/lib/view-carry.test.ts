import { describe, expect, it } from "vitest";
import { atlasChart, mapRequestsByStateChart } from "~/lib/charts/specs/maps";
import type { ChartDefinition } from "~/lib/charts/types";
import { carriedSearch, carriedValues } from "~/lib/share/view-carry";
import type { ViewParam } from "~/lib/url/view-state";

function viewsOf<Row>(definition: ChartDefinition<Row>): ViewParam[] {
  const declared = definition.views;
  return typeof declared === "function" ? declared(definition.load().rows) : (declared ?? []);
}

describe("carrying /map/'s view to the requests-by-state embed", () => {
  const atlas = viewsOf(atlasChart);
  const requests = viewsOf(mapRequestsByStateChart);
  const carry = carriedValues(atlas, requests, ["year", "state", "layers"]);
  const defaults = Object.fromEntries(requests.map((view) => [view.name, view.fallback]));

  it("carries the years both maps have and every state, never the layers", () => {
    expect(Object.keys(carry)).toEqual(["year", "state"]);
    expect(carry["year"]).toContain("2021");
    // The atlas runs from 2017; requests by state only has years with a published breakdown.
    expect(carry["year"]).not.toContain("2017");
    expect(carry["state"]).toHaveLength(33);
  });

  it("writes the state and a carried year, leaves out the embed's defaults and years it lacks", () => {
    expect(carriedSearch({ year: "2021", state: "chiapas", layers: "offices" }, carry, defaults)).toBe("?year=2021&state=chiapas");
    expect(carriedSearch({ year: "2017", state: "chiapas" }, carry, defaults)).toBe("?state=chiapas");
    expect(carriedSearch({ year: defaults["year"] ?? "", state: "none" }, carry, defaults)).toBe("");
  });

  it("drops hostile values instead of passing them on", () => {
    for (const state of ["<script>", "st-chiapas", "chiapas&year=2021", "x".repeat(300)]) {
      expect(carriedSearch({ year: "2022", state }, carry, defaults)).toBe("?year=2022");
    }
    expect(carriedSearch({ year: "2022", state: "tabasco" }, { state: "not a list" as unknown as string[] }, defaults)).toBe("");
  });
});
