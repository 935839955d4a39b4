import { describe, expect, it } from "vitest";
import { composeChartCard } from "~/lib/cards/server";
import { legendForView } from "~/lib/cards/card-legend";
import { CARD_SIZE_PX } from "~/lib/cards/compose";
import { CHART_IDS, getChart } from "~/lib/charts/registry";
import type { ViewState } from "~/lib/url/view-state";
import { overlaps, textBoxes, type TextBox } from "./text-boxes";

/**
 * Every chart's card (the social card, the slide download and the browser's export of a view
 * share composeCard): no two pieces of text overlap once set in Source Sans 3, everything is on
 * the card, the chart fills its share of it, and the legend of the view is there in full.
 */
const VIEWS: Array<{ id: (typeof CHART_IDS)[number]; view: ViewState }> = [
  ...CHART_IDS.map((id) => ({ id, view: {} })),
  { id: "asylum-requests-by-nationality", view: { highlight: "HTI", as: "share" } },
  { id: "asylum-requests-by-nationality", view: { highlight: "HND" } },
  // Maps in a year other than their default (the first year they have).
  ...(["map-requests-by-state", "map-comar-offices", "map-detention"] as const).flatMap((id) => {
    const year = getChart(id, "en").views.find((v) => v.name === "year");
    const other = year?.values.find((value) => value !== year.fallback);
    return other ? [{ id, view: { year: other } }] : [];
  }),
];

const describeBox = (box: TextBox) => `"${box.text}" at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;

describe("chart cards", () => {
  // Cards draw the wide layout (the browser's export too, whatever the screen shows): maps have only that one.
  for (const [lang, layout] of [["en", "wide"], ["es", "wide"]] as const) {
    for (const { id, view } of VIEWS) {
      const name = `${lang} ${layout} ${id}${Object.keys(view).length ? ` ?${new URLSearchParams(view).toString()}` : ""}`;
      it(`${name}: no overlapping text, all on the card, legend complete, chart large`, () => {
        const chart = getChart(id, lang);
        // The address of a view with a long query, as the browser's export prints it.
        // A view that is not the chart's own would silently test the default one.
        for (const [name, value] of Object.entries(view)) expect(chart.views.find((v) => v.name === name)?.values).toContain(value);
        const card = composeChartCard(chart, `https://refugio.example${chart.links.page}?${new URLSearchParams(view).toString()}`, view, layout);
        const boxes = textBoxes(card);
        expect(boxes.length).toBeGreaterThan(5);
        // Touching counts too: text needs a pixel of clear space around it.
        expect(overlaps(boxes, -1).map(([a, b]) => `${describeBox(a)} / ${describeBox(b)}`)).toEqual([]);
        const outside = boxes.filter((b) => b.x < 0 || b.y < 0 || b.x + b.width > CARD_SIZE_PX.width || b.y + b.height > CARD_SIZE_PX.height);
        expect(outside.map(describeBox)).toEqual([]);
        // The nested chart clips what runs past its edge: text is wholly inside it or wholly outside.
        const nested = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(card.slice(1));
        const [cx, cy, w, h] = [1, 2, 3, 4].map((i) => Number(nested?.[i])) as [number, number, number, number];
        const inside = (b: TextBox) => b.x >= cx - 0.5 && b.y >= cy - 0.5 && b.x + b.width <= cx + w + 0.5 && b.y + b.height <= cy + h + 0.5;
        const apart = (b: TextBox) => b.x >= cx + w || b.x + b.width <= cx || b.y >= cy + h || b.y + b.height <= cy;
        expect(boxes.filter((b) => !inside(b) && !apart(b)).map(describeBox)).toEqual([]);
        const state = Object.fromEntries(chart.views.map((v) => [v.name, view[v.name] ?? v.fallback]));
        const expected = legendForView(chart.legend, state).map((item) => item.label);
        const drawn = boxes.filter((b) => b.className === "card-legend").map((b) => b.text);
        expect(drawn.length).toBe(expected.length);
        // A label too long for its line wraps (its lines are one <text>); the second may end in "…".
        const squeeze = (text: string) => text.replace(/\s+/g, "");
        drawn.forEach((label, i) => expect(squeeze(expected[i] as string).startsWith(squeeze(label).replace(/…$/, ""))).toBe(true));
        // The chart is drawn at least at 45% of the card's width or 55% of its height.
        expect(w >= 0.45 * CARD_SIZE_PX.width || h >= 0.55 * CARD_SIZE_PX.height).toBe(true);
      });
    }
  }
});

describe("text boxes", () => {
  const svg = (second: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="10" y="40" font-size="20">Jan–Nov</text><svg x="0" y="0" width="400" height="200" viewBox="0 0 200 100">${second}</svg></svg>`;
  it("finds text that runs into other text, through a nested, scaled <svg>", () => {
    // At 2× scale, x=20 is 40 px on the card: inside "Jan–Nov" (10 px to ~80 px).
    expect(overlaps(textBoxes(svg('<text x="20" y="20" font-size="10">Requests</text>')), -1)).toHaveLength(1);
  });
  it("passes text set apart", () => {
    const boxes = textBoxes(svg('<text x="20" y="60" font-size="10">Requests</text>'));
    expect(boxes).toHaveLength(2);
    expect(overlaps(boxes, -1)).toEqual([]);
  });
});
