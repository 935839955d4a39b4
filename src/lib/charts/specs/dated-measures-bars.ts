import * as Plot from "@observablehq/plot";
import { t, type Lang, type UiKey } from "~/i18n";
import { formatCompact, formatIsoDate } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { loadSources, publisherIn } from "~/lib/data/sources";
import { baseStyle, CHART_SIZE_PX, wrapLabel } from "../theme";
import type { ChartId, ChartRenderOptions, TableColumn } from "../types";
import { qualified } from "../qualified";

/** A dated, sourced figure of a named measure (see data/ "dated measures" datasets). */
export interface MeasureRow {
  measure: string;
  period_start: string;
  period_end: string;
  value: number;
  qualifier: string;
  source: string;
}

const ROW_HEIGHT_PX = { compact: 62, wide: 30 } as const;

export const measureName = (lang: Lang, measure: string) => t(lang, `measure.${measure}` as UiKey);

/** The newest figure of one measure. */
export const latestOf = (rows: readonly MeasureRow[], measure: string) => [...rows].filter((row) => row.measure === measure).sort((a, b) => b.period_end.localeCompare(a.period_end))[0];

/** The table every dated-measures chart shows: measure, period, value as the source words it. */
export const DATED_MEASURES_TABLE: Array<TableColumn<MeasureRow>> = [
  { header: (lang) => t(lang, "table.measure"), cell: (row, lang) => measureName(lang, row.measure) },
  { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
  { header: (lang) => t(lang, "table.value"), cell: (row, lang) => qualified(row, lang), numeric: true },
];

/** "Enrolled · as of February 2021" (or the period, when the figure covers one). */
export function measureLabel(lang: Lang, row: MeasureRow, compact: boolean, since?: string): string {
  // Spanish says "al 31 de enero de 2021" for a day but "a enero de 2020" for a month.
  const asOf = row.period_end.length === 7 ? "measure.as_of_month" : "measure.as_of";
  const when = since && row.period_start === since ? t(lang, asOf, { date: formatIsoDate(lang, row.period_end) }) : periodLabel(lang, row.period_start, row.period_end, true);
  return compact ? wrapLabel(`${measureName(lang, row.measure)}\n${when}`, 21) : `${measureName(lang, row.measure)} · ${when}`;
}

/**
 * Horizontal bars, one per dated figure, in the order of `measures` then by date, each labelled
 * with its value as the source words it ("more than 71,000"). Lower bounds are outlined.
 */
export function datedMeasuresSpec(id: ChartId, rows: readonly MeasureRow[], measures: readonly string[], { lang, layout, width }: ChartRenderOptions, since?: string): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const sorted = [...rows]
    .filter((row) => measures.includes(row.measure))
    .sort((a, b) => measures.indexOf(a.measure) - measures.indexOf(b.measure) || a.period_end.localeCompare(b.period_end));
  // Two figures with the same measure and period (from different sources) each keep their own
  // line: the publisher's name (without its parenthesised detail) is added on a line of its own
  // to tell them apart; on one line it ran past the chart's left edge.
  const labels = sorted.map((row) => measureLabel(lang, row, compact, since));
  const registry = loadSources();
  const data = sorted.map((row, i) => {
    const label = labels[i] as string;
    const shared = labels.filter((other) => other === label).length > 1;
    const source = registry.get(row.source);
    const publisher = (source ? publisherIn(source, lang) : row.source).replace(/\s*\(.*\)\s*$/, "");
    return { ...row, label: shared ? `${label}\n${compact ? wrapLabel(publisher, 21) : publisher}` : label };
  });
  const max = Math.max(0, ...data.map((row) => row.value));
  // Each row is as tall as its label needs (a wrapped Spanish name, a period, a publisher can run
  // to five lines on a phone), never less than the usual row: a band scale gives every row the
  // tallest one's height, or lets long labels run into their neighbours. Units: px.
  const lineHeight = size.fontSize;
  const rowHeight = ROW_HEIGHT_PX[layout];
  const barHeight = Math.round(rowHeight * 0.75);
  let top = 0;
  const placed = data.map((row) => {
    const slot = Math.max(rowHeight, row.label.split("\n").length * lineHeight + (compact ? 12 : 6));
    const centre = top + slot / 2;
    top += slot;
    return { ...row, centre, y1: centre - barHeight / 2, y2: centre + barHeight / 2 };
  });
  const marginTop = 40;
  const marginBottom = 20;
  return {
    width,
    height: marginTop + top + marginBottom,
    marginLeft: compact ? 150 : 370,
    marginRight: compact ? 76 : 110,
    marginTop,
    marginBottom,
    style: baseStyle(size.fontSize),
    x: { domain: [0, max * 1.02], grid: true, axis: "top", label: t(lang, `chart.${id}.axis` as UiKey), labelArrow: false, ticks: compact ? 2 : 5, tickFormat: (v: number) => formatCompact(lang, v) },
    // y is px from the top of the first row: rows are placed above, not on a band scale.
    y: { domain: [0, top], range: [marginTop, marginTop + top], axis: null },
    marks: [
      Plot.rectX(placed, {
        y1: "y1",
        y2: "y2",
        x1: 0,
        x2: "value",
        fill: "currentColor",
        fillOpacity: (row: MeasureRow) => (row.qualifier === "exact" ? 1 : 0.85),
        className: "mark-primary",
        title: (row: MeasureRow) => `${measureName(lang, row.measure)}, ${periodLabel(lang, row.period_start, row.period_end, false)}: ${qualified(row, lang)}`,
      }),
      Plot.text(placed, { y: "centre", x: 0, text: "label", dx: -8, textAnchor: "end", lineAnchor: "middle", fill: "currentColor", className: "mark-row-label" }),
      Plot.text(placed, { y: "centre", x: "value", text: (row: MeasureRow) => qualified(row, lang), dx: 6, textAnchor: "start", fill: "currentColor", fontWeight: 600, className: "mark-label" }),
      Plot.ruleX([0], { className: "mark-axis" }),
    ],
  };
}
