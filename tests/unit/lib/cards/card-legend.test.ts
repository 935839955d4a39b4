import { describe, expect, it } from "vitest";
import { legendForView, legendHeightPx, legendSvg } from "~/lib/cards/card-legend";
import { NO_DATA_FILL } from "~/lib/cards/standalone-css";
import type { LegendItem } from "~/lib/charts/types";
import { viewDescription } from "~/lib/cards/card-view";
import { getChart } from "~/lib/charts/registry";

const ITEMS: LegendItem[] = [
  { key: "HND", label: "Honduras", color: "#0072b2" },
  { key: "HTI", label: "Haiti", color: "#e69f00" },
  { key: "office", label: "COMAR office", color: "#1d5c8f", shape: "circle", group: "offices" },
  { key: "facility", label: "Detention centre", color: "#c0392b", shape: "circle", group: "detention" },
];

describe("a card's legend for a view", () => {
  it("bolds the highlighted key and fades the others, as the page does", () => {
    const legend = legendForView(ITEMS, { highlight: "HTI" });
    expect(legend.map((item) => item.emphasis)).toEqual(["dimmed", "highlighted", "dimmed", "dimmed"]);
    const svg = legendSvg(legend, { x: 0, y: 0, width: 400 });
    expect(svg).toMatch(/font-weight="700"[^>]*><tspan[^>]*>Haiti</);
    expect(svg).toMatch(/font-weight="400"[^>]*><tspan[^>]*>Honduras</);
    expect(svg.match(/fill-opacity="0.45"/g)).toHaveLength(3);
  });

  it("without a highlight, every key is plain", () => {
    expect(legendForView(ITEMS, { highlight: "none" }).every((item) => item.emphasis === undefined)).toBe(true);
  });

  it("leaves out the series an explorer does not draw by default, as the page does", () => {
    const items: LegendItem[] = [...ITEMS.slice(0, 2), { key: "VEN", label: "Venezuela", color: "#009e73", hidden: true }];
    expect(legendForView(items, {}).map((item) => item.label)).toEqual(["Honduras", "Haiti"]);
    const card = legendForView(getChart("asylum-requests-by-office-lines", "en").legend, {}).map((item) => item.key);
    expect(card).toEqual(getChart("asylum-requests-by-office-lines", "en").views.find((v) => v.name === "place")?.fallback.split("~"));
  });

  it("leaves out the keys of map layers that are off", () => {
    expect(legendForView(ITEMS, { layers: "detention" }).map((item) => item.label)).toEqual(["Honduras", "Haiti", "Detention centre"]);
    expect(legendForView(ITEMS, { layers: "" }).map((item) => item.label)).toEqual(["Honduras", "Haiti"]);
  });

  it("wraps into rows within the width, and escapes labels and unusable colours", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ label: `Nationality ${i}`, color: "#123456" }));
    expect(legendHeightPx(many, 300)).toBeGreaterThan(legendHeightPx(many, 1000));
    expect(legendHeightPx([], 300)).toBe(0);
    const svg = legendSvg([{ label: '<b>"x"</b>', color: 'red" onload="alert(1)' }, { key: "no-data", label: "No data", color: "transparent" }], { x: 0, y: 0, width: 400 });
    expect(svg).toContain("&lt;b&gt;&quot;x&quot;&lt;/b&gt;");
    expect(svg).not.toContain("onload");
    expect(svg.match(new RegExp(`fill="${NO_DATA_FILL}"`, "g"))).toHaveLength(1);
  });

  it("draws the page's colour keywords as plain colours, and wraps a long label instead of cutting it", () => {
    const svg = legendSvg(
      [
        { label: "One month", color: "currentColor" },
        { label: "Monthly average between two published totals, spread evenly", color: "color-mix(in srgb, currentColor 30%, transparent)" },
        { label: "Lower bound", color: "transparent" },
      ],
      { x: 0, y: 0, width: 340 },
    );
    expect(svg).not.toMatch(/currentColor|color-mix|transparent/);
    expect(svg).toContain('fill-opacity="0.30"');
    expect(svg.match(/<tspan/g)?.length).toBeGreaterThan(3);
  });
});

describe("a card's view in words", () => {
  const views = [
    { name: "highlight", values: ["none", "HTI"], fallback: "none" },
    { name: "as", values: ["count", "share"], fallback: "count" },
    { name: "events", values: ["on", "off"], fallback: "on" },
    { name: "layers", values: ["a", "b"], fallback: "a,b", list: true },
  ];
  const labels = {
    highlight: { label: "Highlight", options: { none: "No highlight", HTI: "Haiti" } },
    as: { label: "Show", options: { count: "Number of people", share: "Share of each year" } },
    events: { label: "Show policy events", options: {} },
    layers: { label: "Layers", options: { a: "A", b: "B" } },
  };
  it("names the choices away from the default only", () => {
    expect(viewDescription(views, labels, { highlight: "HTI", as: "share", events: "off", layers: "a" })).toBe("Highlight: Haiti · Show: Share of each year");
    expect(viewDescription(views, labels, { highlight: "none", as: "count", events: "on", layers: "a,b" })).toBe("");
  });
});
