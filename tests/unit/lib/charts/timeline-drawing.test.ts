import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { renderPlot } from "~/lib/charts/render";
import { timelineDrawingSpec, type DrawnEvent, type DrawnYear } from "~/lib/charts/specs/timeline-drawing";
import { linkTimelineMarks } from "~/lib/timeline/drawing-svg";
import { LANES } from "~/lib/timeline/lanes";

const event = (id: string, date: string, lane: DrawnEvent["lane"], imprecise = false): DrawnEvent => ({ id, date, lane, name: `Event ${id}, ${date}`, imprecise });
const EVENTS: DrawnEvent[] = [
  event("a", "2019-06-07", "mx-government"),
  event("b", "2019-06-08", "mx-government"),
  event("c", "2007-10-22", "us-government"),
  event("d", "2022-03-01", "courts"),
  event("e", "2020", "international", true),
  event("f", "2019-06-09", "mx-government"),
];
const YEARS: DrawnYear[] = [
  { year: 2013, requests: 1296, months: 12 },
  { year: 2023, requests: 140831, months: 12 },
  { year: 2025, requests: 58800, months: 9 },
];

function draw(layout: "compact" | "wide") {
  const { options, geometry } = timelineDrawingSpec(EVENTS, YEARS, { lang: "en", layout, first: 2007, last: 2026 });
  const svg = linkTimelineMarks(renderPlot(options, { ariaLabel: "The summary" }), EVENTS, geometry);
  const root = JSDOM.fragment(svg).querySelector("svg") as SVGSVGElement;
  return { geometry, root };
}

const circleOf = (root: Element, id: string) => root.querySelector(`a[href="#${id}"] circle`) as Element;
const cx = (el: Element) => Number(el.getAttribute("cx"));
const cy = (el: Element) => Number(el.getAttribute("cy"));

describe("the drawn timeline", () => {
  for (const layout of ["compact", "wide"] as const) {
    it(`${layout}: one link per event, named by its title and date, in date order`, () => {
      const { root } = draw(layout);
      const links = [...root.querySelectorAll("a")];
      expect(links.map((a) => a.getAttribute("href"))).toEqual(["#c", "#a", "#b", "#f", "#e", "#d"]);
      for (const link of links) {
        expect(link.getAttribute("aria-label")).toMatch(/^Event [a-f], \d{4}/);
        expect(link.getAttributeNS("http://www.w3.org/1999/xlink", "href")).toBeNull();
        expect(link.querySelectorAll("circle")).toHaveLength(1);
      }
      expect(root.querySelector('a[href="#e"]')?.getAttribute("class")).toContain("is-imprecise");
      expect(root.querySelector('a[href="#e"]')?.getAttribute("data-year")).toBe("2020");
      // It holds links, so it is a named group, not a single image.
      expect(root.getAttribute("role")).toBe("group");
      expect(root.getAttribute("aria-label")).toBe("The summary");
    });

    it(`${layout}: lanes run top to bottom in order, every mark inside the time axis at its date`, () => {
      const { root, geometry } = draw(layout);
      const laneY = (id: string) => cy(circleOf(root, id));
      expect(laneY("c")).toBeLessThan(laneY("a")); // U.S. government above Mexican government
      expect(laneY("f")).toBeLessThan(laneY("d")); // …above courts
      expect(laneY("d")).toBeLessThan(laneY("e")); // …above international
      for (const link of root.querySelectorAll("a circle")) {
        expect(cx(link)).toBeGreaterThanOrEqual(geometry.x0);
        expect(cx(link)).toBeLessThanOrEqual(geometry.x1);
      }
      const x2019 = geometry.x0 + ((Date.UTC(2019, 5, 7) - Date.UTC(2007, 0, 1)) / (Date.UTC(2027, 0, 1) - Date.UTC(2007, 0, 1))) * (geometry.x1 - geometry.x0);
      expect(cx(circleOf(root, "a"))).toBeCloseTo(x2019, 0);
      // Three events a day apart cannot share a row: they stack.
      expect(new Set(["a", "b", "f"].map(laneY)).size).toBe(3);
      expect(LANES).toHaveLength(4);
    });

    it(`${layout}: requests beneath the lanes, the partial year over its months only and pale`, () => {
      const { root } = draw(layout);
      const bars = [...root.querySelectorAll('[data-plot="rect"] rect, g.timeline-bar rect')];
      expect(bars.length).toBe(3);
      const lowestMark = Math.max(...[...root.querySelectorAll("a circle")].map(cy));
      for (const bar of bars) expect(Number(bar.getAttribute("y"))).toBeGreaterThan(lowestMark);
      const partial = root.querySelector("g.mark-partial rect") as Element;
      const full = [...root.querySelectorAll("g.mark-primary rect")];
      expect(full).toHaveLength(2);
      const width = (el: Element) => Number(el.getAttribute("width"));
      // Nine months of a year: about three quarters of a full bar's width (insets aside).
      expect(width(partial) / width(full[0] as Element)).toBeGreaterThan(0.65);
      expect(width(partial) / width(full[0] as Element)).toBeLessThan(0.8);
      expect(root.querySelector("g.mark-partial")?.getAttribute("fill-opacity")).toBe("0.3");
      // Wrapped labels are split into lines (tspans); read them as words.
      const words = [...root.querySelectorAll("text")].map((t) => [...t.childNodes].map((n) => n.textContent).join(" ")).join(" ");
      expect(words).toContain("January–September 2025");
      expect(words).toContain("No yearly figure before 2013");
    });
  }

  it("labels fewer years when compact, always the latest", () => {
    const years = (layout: "compact" | "wide") => [...draw(layout).root.querySelectorAll("text")].map((t) => t.textContent ?? "").filter((s) => /^\d{4}$/.test(s));
    expect(years("compact").length).toBeLessThan(years("wide").length);
    expect(years("compact")).toContain("2026");
    expect(years("wide")).toContain("2026");
  });

  it("refuses a mark that links to no event", () => {
    const { options, geometry } = timelineDrawingSpec(EVENTS, YEARS, { lang: "en", layout: "wide", first: 2007, last: 2026 });
    expect(() => linkTimelineMarks(renderPlot(options, { ariaLabel: "x" }), EVENTS.slice(1), geometry)).toThrow(/links to no event/);
  });
});
