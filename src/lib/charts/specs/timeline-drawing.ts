import * as Plot from "@observablehq/plot";
import { ticks } from "d3";
import { t, type Lang, type UiKey } from "~/i18n";
import { formatCompact, formatCount, formatMonthSpan } from "~/lib/format";
import { eventTime, LANES, packRows, type Lane } from "~/lib/timeline/lanes";
import { baseStyle } from "../theme";

/** One event as the drawing needs it: where it goes and what its mark is called. */
export interface DrawnEvent {
  id: string;
  date: string;
  lane: Lane;
  /** "<title>, <date>": the mark's accessible name and tooltip. */
  name: string;
  /** Known only to the month or year: drawn hollow, at the middle of that month or year. */
  imprecise: boolean;
}

export interface DrawnYear {
  year: number;
  requests: number;
  /** Months the figure covers; fewer than 12 is drawn as a partial year. */
  months: number;
}

/** Where the time axis is, in SVG units, so the browser can turn a pointer position into a year. */
export interface DrawingGeometry {
  width: number;
  height: number;
  /** x of 1 January of `first` and of 1 January after `last`. */
  x0: number;
  x1: number;
  first: number;
  last: number;
}

export type DrawingLayout = "compact" | "wide";

const SIZES = {
  compact: { width: 360, radius: 3.5, row: 8, maxRows: 7, barHeight: 64, barsLabel: 44, fontSize: 12, tickEvery: 4 },
  wide: { width: 720, radius: 4, row: 9.5, maxRows: 5, barHeight: 84, barsLabel: 28, fontSize: 13, tickEvery: 2 },
} as const;
const MARGIN = { left: 44, right: 10, bottom: 24 };
/** Height of a lane's label above its marks, and the space between lanes. */
const LANE_LABEL_PX = 22;
const LANE_PAD_PX = 8;

const utcYear = (year: number) => Date.UTC(year, 0, 1);

/**
 * The timeline drawn on a time axis: one lane per actor group (label above its marks, so lanes
 * stack at 360 px without a wide left margin), each event a dot linked to its entry in the list
 * (`#<id>`), and beneath them on the same axis the asylum requests per year, a partial year
 * pale and dashed over just the months it covers. Pure: data in, Plot options and the axis
 * geometry out.
 */
export function timelineDrawingSpec(
  events: readonly DrawnEvent[],
  years: readonly DrawnYear[],
  { lang, layout, first, last }: { lang: Lang; layout: DrawingLayout; first: number; last: number },
): { options: Plot.PlotOptions; geometry: DrawingGeometry } {
  const size = SIZES[layout];
  const x0 = MARGIN.left;
  const x1 = size.width - MARGIN.right;
  const t0 = utcYear(first);
  const t1 = utcYear(last + 1);
  const px = (time: number) => x0 + ((time - t0) / (t1 - t0)) * (x1 - x0);

  // Lanes top to bottom, each as tall as its most crowded stretch needs.
  const placed: Array<DrawnEvent & { time: number; y: number }> = [];
  const lanes: Array<{ lane: Lane; top: number }> = [];
  let top = 0;
  for (const lane of LANES) {
    const inLane = events.filter((event) => event.lane === lane).map((event) => ({ ...event, time: eventTime(event.date) }));
    const rows = packRows(inLane.map((event) => px(event.time)), size.radius * 2 + 1.5, size.maxRows);
    lanes.push({ lane, top });
    inLane.forEach((event, i) => placed.push({ ...event, y: top + LANE_LABEL_PX + (rows[i] ?? 0) * size.row + size.radius }));
    top += LANE_LABEL_PX + Math.max(1, ...rows.map((row) => row + 1)) * size.row + LANE_PAD_PX;
  }
  placed.sort((a, b) => a.time - b.time || a.id.localeCompare(b.id)); // focus order follows time

  const barsTop = top + size.barsLabel;
  const barsBottom = barsTop + size.barHeight;
  const height = barsBottom + MARGIN.bottom;
  const max = Math.max(1, ...years.map((y) => y.requests));
  const yTicks = ticks(0, max, 2).filter((v) => v <= max);
  const barY = (value: number) => barsBottom - (value / max) * size.barHeight;
  const full = years.filter((y) => y.months === 12);
  const partial = years.filter((y) => y.months < 12);
  const firstFigure = Math.min(...years.map((y) => y.year));
  const tooltip = (y: DrawnYear) =>
    y.months === 12
      ? t(lang, "chart.asylum-requests-by-year.tooltip", { year: y.year, count: formatCount(lang, y.requests) })
      : t(lang, "chart.asylum-requests-by-year.tooltip_partial", { span: formatMonthSpan(lang, y.year, 1, y.months), count: formatCount(lang, y.requests) });
  const barsLabel = partial[0]
    ? t(lang, "timeline.drawing_requests_partial", { span: formatMonthSpan(lang, partial[0].year, 1, partial[0].months) })
    : t(lang, "timeline.drawing_requests");
  // Years are labelled at their middle, counting back from the last so the latest is named.
  const labelYears = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((year) => (last - year) % size.tickEvery === 0);
  const bar = (y: DrawnYear) => ({ ...y, x1: utcYear(y.year), x2: Date.UTC(y.year, y.months, 1), y1: barY(y.requests), y2: barsBottom });

  return {
    geometry: { width: size.width, height, x0, x1, first, last },
    options: {
      width: size.width,
      height,
      marginTop: 0,
      marginLeft: MARGIN.left,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      style: baseStyle(size.fontSize),
      x: { type: "utc", domain: [new Date(t0), new Date(t1)], axis: null },
      y: { type: "identity", axis: null },
      marks: [
        // Lanes: a rule above each and its name, so every mark is read with its actor.
        Plot.ruleY(lanes, { y: "top", className: "timeline-lane-rule", stroke: "currentColor" }),
        Plot.text(lanes, { y: (l: { top: number }) => l.top + 12, frameAnchor: "left", textAnchor: "start", text: (l: { lane: Lane }) => t(lang, `timeline.lane.${l.lane}` as UiKey), fill: "currentColor", fontWeight: 600, className: "timeline-lane-label" }),
        // Requests beneath, on the same time axis.
        Plot.text([barsLabel], { y: barsTop - 8, lineAnchor: "bottom", frameAnchor: "left", textAnchor: "start", text: (s: string) => s, fill: "currentColor", fontWeight: 600, className: "timeline-lane-label", lineWidth: layout === "compact" ? 24 : 60 }),
        Plot.ruleY(yTicks, { y: barY, className: "timeline-grid", stroke: "currentColor" }),
        Plot.text(yTicks, { y: barY, frameAnchor: "left", textAnchor: "end", dx: -4, text: (v: number) => formatCompact(lang, v), fill: "currentColor", className: "timeline-tick" }),
        Plot.rect(full.map(bar), { x1: (b) => new Date(b.x1), x2: (b) => new Date(b.x2), y1: "y1", y2: "y2", insetLeft: 1, insetRight: 1, fill: "currentColor", className: "mark-primary timeline-bar", title: tooltip }),
        Plot.rect(partial.map(bar), { x1: (b) => new Date(b.x1), x2: (b) => new Date(b.x2), y1: "y1", y2: "y2", insetLeft: 1, insetRight: 1, fill: "currentColor", fillOpacity: 0.3, stroke: "currentColor", strokeDasharray: "3,2", className: "mark-partial timeline-bar", title: tooltip }),
        // Years before the first figure say so, so their empty slot is not read as zero.
        ...(firstFigure > first
          ? [Plot.text([t(lang, "timeline.drawing_no_requests", { year: firstFigure })], { x: () => new Date(t0), y: barsBottom - 6, textAnchor: "start", lineAnchor: "bottom", lineWidth: layout === "compact" ? 9 : 14, text: (s: string) => s, fill: "currentColor", className: "mark-missing" })]
          : []),
        // The time axis: a tick at every 1 January, the labelled years named under their middle.
        Plot.ruleX(Array.from({ length: last - first + 2 }, (_, i) => first + i), { x: (year: number) => new Date(utcYear(year)), y1: barsBottom, y2: barsBottom + 4, stroke: "currentColor", className: "timeline-tick" }),
        Plot.text(labelYears, { x: (year: number) => new Date(Date.UTC(year, 6, 1)), y: barsBottom + 15, text: String, fill: "currentColor", className: "timeline-tick" }),
        Plot.ruleY([barsBottom], { stroke: "currentColor", className: "mark-axis" }),
        // Events last, on top: each a link to its entry.
        Plot.dot(placed, {
          x: (e: { time: number }) => new Date(e.time),
          y: "y",
          r: size.radius,
          fill: "currentColor",
          stroke: "currentColor",
          className: "mark-primary timeline-mark",
          href: (e: DrawnEvent) => `#${e.id}`,
          title: (e: DrawnEvent) => e.name,
        }),
      ],
    },
  };
}
