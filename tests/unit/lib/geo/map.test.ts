import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { loadPlaces } from "~/lib/data/lookups";
import { loadAsylumRequestsByOffice } from "~/lib/data/datasets/asylum-requests-by-office";
import { mexicoStates } from "~/lib/geo/mexico";
import { latestFacilityCounts, officesWithYear, requestsByStateAndYear } from "~/lib/geo/map-layers";
import { renderPlot } from "~/lib/charts/render";
import { mapViewStyles, mexicoMapSpec } from "~/lib/charts/specs/mexico-map";

describe("Mexico's states", () => {
  it("all 32 join to a state of data/places.csv, none dropped", () => {
    const ids = mexicoStates().features.map((f) => f.properties.id).sort();
    const places = [...loadPlaces().values()].filter((p) => p.kind === "state").map((p) => p.id).sort();
    expect(ids).toHaveLength(32);
    expect(ids).toEqual(places);
  });

  it("every state value on the map is a state the map draws", () => {
    const ids = new Set(mexicoStates().features.map((f) => f.properties.id));
    for (const values of requestsByStateAndYear().values()) for (const value of values) expect(ids.has(value.state), value.state).toBe(true);
  });
});

describe("requests by state, per year", () => {
  it("covers every year with a published count by place, and a year with one state's count colours only that state", () => {
    const byYear = requestsByStateAndYear();
    const countYears = new Set(loadAsylumRequestsByOffice().rows.filter((row) => row.requests !== undefined).map((row) => row.year));
    expect([...byYear.keys()].sort()).toEqual([...countYears].sort());
    const sparse = [...byYear].filter(([, values]) => values.length < 5);
    expect(sparse.length).toBeGreaterThan(0);
    for (const [, values] of sparse) expect(values.length).toBeGreaterThan(0);
  });

  it("never gives a state a value that no row gave for that place and period (offices summed into their state)", () => {
    const rows = loadAsylumRequestsByOffice().rows;
    const places = loadPlaces();
    for (const values of requestsByStateAndYear().values()) {
      for (const value of values) {
        const same = rows.filter((row) => row.requests !== undefined && row.period_start === value.period_start && row.period_end === value.period_end && (places.get(row.place)?.state ?? row.place) === value.state);
        expect(same.length, `${value.state} ${value.period_end}`).toBeGreaterThan(0);
        expect(same.reduce((sum, row) => sum + (row.requests ?? 0), 0)).toBe(value.requests);
      }
    }
  });
});

describe("the map", () => {
  const layers = { offices: officesWithYear(), detention: latestFacilityCounts(), requests: requestsByStateAndYear(), year: 2024 };
  const svg = renderPlot(mexicoMapSpec(layers, { lang: "en", layout: "wide", width: 720 }), { ariaLabel: "map" });
  const doc = new JSDOM(svg).window.document;
  const root = doc.querySelector("svg") as SVGSVGElement;
  const [, , width, height] = (root.getAttribute("viewBox") ?? "").split(" ").map(Number) as [number, number, number, number];

  it("projects every office and facility inside the SVG's viewBox", () => {
    const points = [...doc.querySelectorAll(".map-offices path, .map-detention circle")];
    // Drawn twice in the one SVG: a set sized for wide containers and one for phones.
    expect(points.length).toBe(2 * (layers.offices.length + layers.detention.length));
    for (const size of ["wide", "compact"]) expect(doc.querySelectorAll(`.map-points--${size}.map-offices path`).length).toBe(layers.offices.length);
    for (const point of points) {
      const transform = point.getAttribute("transform") ?? `translate(${point.getAttribute("cx")},${point.getAttribute("cy")})`;
      const [x, y] = (transform.match(/translate\(([-\d.]+),([-\d.]+)\)/) ?? []).slice(1).map(Number) as [number, number];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
  });

  it("gives every point a tooltip and a key, and every office and facility a source", () => {
    for (const point of doc.querySelectorAll(".map-offices path, .map-detention circle")) {
      expect(point.querySelector("title")?.textContent?.length ?? 0).toBeGreaterThan(5);
      expect(point.getAttribute("data-key")).toBeTruthy();
    }
    for (const office of layers.offices) expect(office.source).toBeTruthy();
    for (const facility of layers.detention) expect(facility.source).toBeTruthy();
  });

  it("recolours states per year and hides offices before they opened, in CSS", () => {
    const css = mapViewStyles("chart-x", layers, [2019, 2024]);
    expect(css).toContain('#chart-x[data-year] .map-requests path{fill:url(#chart-x-no-data)}');
    const tapachulaYear = [...requestsByStateAndYear().get(2024) ?? []].find((v) => v.state === "st-chiapas");
    expect(tapachulaYear).toBeDefined();
    expect(css).toMatch(/#chart-x\[data-year="2024"\] \.map-requests \[data-key="st-chiapas"\]\{fill:#[0-9a-f]{6}\}/i);
    const later = layers.offices.filter((o) => o.fromYear !== undefined && o.fromYear > 2019);
    for (const office of later) expect(css).toContain(`#chart-x[data-year="2019"] .map-offices [data-key="${office.office}"]`);
  });

  it("sizes the phone set of points so that, scaled to 360 px, they keep their tap size", () => {
    const radii = (size: string) => [...doc.querySelectorAll(`.map-points--${size}.map-detention circle`)].map((c) => Number(c.getAttribute("r")));
    const smallestPhone = Math.min(...radii("compact")) * (360 / width);
    expect(smallestPhone).toBeGreaterThanOrEqual(7);
    expect(Math.min(...radii("compact"))).toBeGreaterThan(Math.min(...radii("wide")));
  });

  it("labels the larger states with their ISO code and leaves the smallest unlabelled", () => {
    const labels = [...doc.querySelectorAll(".map-state-labels text")].map((node) => node.textContent);
    expect(labels).toContain("CHH");
    expect(labels).toContain("CHP");
    expect(labels).not.toContain("CMX");
    expect(labels).not.toContain("TLA");
    expect(doc.querySelector(".map-state-labels")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("names every state in a tooltip, also without the requests layer", () => {
    const plain = new JSDOM(renderPlot(mexicoMapSpec({ offices: layers.offices, year: 2024 }, { lang: "es", layout: "wide", width: 720 }), { ariaLabel: "map" })).window.document;
    const titles = [...plain.querySelectorAll(".map-states path title")].map((node) => node.textContent);
    expect(titles).toHaveLength(32);
    expect(titles).toContain("Ciudad de México");
  });

  it("keeps the map small enough for the page budget", () => {
    expect(svg.length).toBeLessThan(120_000);
  });
});
