import * as Plot from "@observablehq/plot";
import type { LegendItem } from "./types";
import { axisScale, dodge } from "./axis-ticks";
import { seriesColours } from "./series-colours";
import { LABEL_GAP_PX, SERIES_TICKS } from "./series-layout";

/**
 * The drawing shared by every series explorer (a set of entities as lines, ?country=VEN~HND,
 * ?place=of-tapachula~st-chiapas): the entities, their points and the default set come in as
 * data; out come the Plot marks and the y scale. Every entity is drawn, each in its own groups
 * (class `series` + `series-line` / `series-dot` / `series-hollow` / `series-label`) whose marks
 * carry data-key=<key>; entities outside the default set also carry `series-off` (hidden by
 * CSS), so the default set reads without JavaScript and src/scripts/chart-series.ts only
 * toggles classes, recolours and rescales. The two rules it needs to rescale y are drawn here:
 * `.mark-axis` at 0 and `.scale-top`, whose data-key is the top value.
 */

export interface SeriesPoint {
  key: string;
  /** Position on the (linear) x scale. */
  x: number;
  /**
   * The period the point falls in (a year). A series breaks at each period between its first and
   * last that has no point: unknown is a gap, never a zero.
   */
  slot: number;
  value: number;
  /** Tooltip text. */
  title: string;
  /** Drawn as a ring: a value of a different kind from the rest (e.g. computed, not published). */
  hollow?: boolean;
}

export interface SeriesDrawing {
  /** Every entity that can be drawn, in the allow-list's order (colours follow it). */
  keys: readonly string[];
  /** The default set. */
  shown: readonly string[];
  points: readonly SeriesPoint[];
  name: (key: string) => string;
  layout: "compact" | "wide";
  /** Plot height and vertical margins, px (the end labels are placed in pixels). */
  height: number;
  margin: { top: number; bottom: number };
  /** Where on x a break in a line falls, for an empty period (slot). */
  gapX: (slot: number) => number;
  /** Series whose last point is at this x get an end label in the wide layout. */
  labelX: number | undefined;
}

/** A series' line: its points in x order, with an undefined value at each empty period between them, so Plot breaks it. */
export function lineWithGaps(series: readonly SeriesPoint[], gapX: (slot: number) => number): Array<{ x: number; value: number | undefined }> {
  const sorted = [...series].sort((a, b) => a.x - b.x);
  const slots = new Set(sorted.map((p) => p.slot));
  const first = sorted[0]?.slot ?? 0;
  const last = sorted[sorted.length - 1]?.slot ?? 0;
  const gaps = [];
  for (let slot = first + 1; slot < last; slot++) if (!slots.has(slot)) gaps.push({ x: gapX(slot), value: undefined });
  return [...sorted.map((p) => ({ x: p.x, value: p.value as number | undefined })), ...gaps].sort((a, b) => a.x - b.x);
}

export function seriesMarks(drawing: SeriesDrawing): { marks: Plot.Markish[]; top: number; ticks: number[] } {
  const { keys, shown, points, name, layout, height, margin, gapX, labelX } = drawing;
  const compact = layout === "compact";
  const colours = seriesColours(shown, keys);
  const { top, ticks } = axisScale(Math.max(...points.map((p) => p.value)), SERIES_TICKS[layout]);
  // End labels of the default set, moved apart in pixels and turned back into values for Plot.
  const y0 = height - margin.bottom;
  const toPx = (v: number) => y0 - (v / top) * (y0 - margin.top);
  const fromPx = (py: number) => ((y0 - py) / (y0 - margin.top)) * top;
  const lastOf = (key: string) => points.filter((p) => p.key === key).sort((a, b) => a.x - b.x).at(-1);
  const ends = shown.map(lastOf).filter((p): p is SeriesPoint => p !== undefined && p.x === labelX);
  const dodged = new Map(dodge(ends.map((p) => toPx(p.value)), LABEL_GAP_PX, margin.top, y0).map((py, i) => [ends[i]?.key, fromPx(py)]));
  const marks: Plot.Markish[] = [Plot.ruleY([0], { className: "mark-axis" })];
  for (const key of keys) {
    const series = points.filter((p) => p.key === key).sort((a, b) => a.x - b.x);
    if (series.length === 0) continue;
    const colour = colours.get(key) ?? "currentColor";
    const className = `series${shown.includes(key) ? "" : " series-off"}`;
    const ariaLabel = () => key;
    const r = compact ? 3.5 : 4;
    const solid = series.filter((p) => !p.hollow);
    const hollow = series.filter((p) => p.hollow);
    marks.push(Plot.line(lineWithGaps(series, gapX), { x: "x", y: "value", stroke: colour, strokeWidth: 2.5, className: `${className} series-line`, ariaLabel }));
    if (solid.length > 0) marks.push(Plot.dot(solid, { x: "x", y: "value", fill: colour, r, title: "title", className: `${className} series-dot`, ariaLabel }));
    // Rings: the colour is the stroke (the script recolours the stroke of `series-hollow` groups); CSS fills them with the background.
    if (hollow.length > 0) marks.push(Plot.dot(hollow, { x: "x", y: "value", stroke: colour, strokeWidth: 2, r, title: "title", className: `${className} series-dot series-hollow`, ariaLabel }));
    const last = series[series.length - 1];
    // End labels name the lines that reach the end, where there is room (the wide layout); the
    // legend always names every line.
    if (!compact && last && last.x === labelX) marks.push(Plot.text([last], { x: "x", y: (p: SeriesPoint) => dodged.get(p.key) ?? p.value, text: () => name(key), dx: 8, textAnchor: "start", fill: colour, className: `${className} series-label`, ariaLabel }));
  }
  // The top of the y scale, for the script that rescales y: its value is the rule's data-key.
  marks.push(Plot.ruleY([top], { className: "scale-top", strokeOpacity: 0, ariaLabel: () => String(top) }));
  return { marks, top, ticks };
}

/** Every entity, in its colour for the default set; the script recolours and shows the chosen ones. */
export function seriesLegend(keys: readonly string[], shown: readonly string[], name: (key: string) => string): LegendItem[] {
  const colours = seriesColours(shown, keys);
  return keys.map((key) => ({ key, label: name(key), color: colours.get(key) ?? "currentColor", hidden: !shown.includes(key) }));
}
