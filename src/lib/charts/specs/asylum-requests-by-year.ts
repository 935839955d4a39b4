import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { formatCompact, formatCount, formatMonthRangeShort, formatMonthSpan, formatMultiple } from "~/lib/format";
import { isFullYear, loadAsylumRequestsByYear, type AnnualRequests } from "~/lib/data/datasets/asylum-requests-by-year";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type Row = Pick<AnnualRequests, "year" | "requests" | "months" | "source">;

function peakOf(rows: readonly Row[]): Row {
  return rows.reduce((best, row) => (row.requests > best.requests ? row : best));
}

/** The partial year's label, e.g. "Jan–Sep 2025" (compact) or "January–September 2025". */
function partialLabel(row: Row, lang: Lang): string {
  return formatMonthSpan(lang, row.year, 1, row.months);
}

/**
 * Bars of requests per year. Full years are solid; a partial year is pale, outlined, dashed and
 * labelled with the months it covers, so the fall it shows is not read as a full-year drop.
 */
export function asylumRequestsByYearSpec(rows: readonly Row[], { lang, layout, width, annotations }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const full = rows.filter(isFullYear);
  const partial = rows.filter((row) => !isFullYear(row));
  const peak = peakOf(full);
  const compact = layout === "compact";
  const tooltip = (row: Row) =>
    isFullYear(row)
      ? t(lang, "chart.asylum-requests-by-year.tooltip", { year: row.year, count: formatCount(lang, row.requests) })
      : t(lang, "chart.asylum-requests-by-year.tooltip_partial", { span: partialLabel(row, lang), count: formatCount(lang, row.requests) });
  const labelled = full.filter((row) => row === peak || row === full[full.length - 1]);
  const markers = eventMarkers(annotations, rows);
  return {
    width,
    height: size.height,
    marginTop: markers.length > 0 ? 56 : 30,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 8 : 16,
    style: baseStyle(size.fontSize),
    x: {
      type: "band",
      label: null,
      padding: 0.2,
      // On narrow screens every other year is labelled ('13, '15 …) so ticks never collide.
      tickFormat: compact ? (year: number) => (year % 2 === 1 ? `’${String(year).slice(2)}` : "") : (year: number) => String(year),
    },
    y: {
      grid: true,
      label: t(lang, "chart.asylum-requests-by-year.axis"),
      labelArrow: false,
      tickFormat: (value: number) => formatCompact(lang, value),
      ticks: compact ? 4 : 6,
    },
    marks: [
      // Events first, so the dashed rules sit behind the bars; numbers match the key below.
      Plot.ruleX(markers, { x: "year", strokeDasharray: "2,3", strokeWidth: 1.5, stroke: "currentColor", className: "mark-event" }),
      Plot.text(markers, { x: "year", frameAnchor: "top", dy: -40, text: "label", fontWeight: 700, fill: "currentColor", className: "mark-event-label" }),
      Plot.barY(full, { x: "year", y: "requests", fill: "currentColor", className: "mark-primary", title: tooltip }),
      Plot.barY(partial, {
        x: "year",
        y: "requests",
        fill: "currentColor",
        fillOpacity: 0.3,
        stroke: "currentColor",
        strokeDasharray: "3,2",
        className: "mark-partial",
        title: tooltip,
      }),
      Plot.ruleY([0], { className: "mark-axis" }),
      Plot.text(labelled, { x: "year", y: "requests", text: (row: Row) => (compact ? formatCompact(lang, row.requests) : formatCount(lang, row.requests)), dy: -8, className: "mark-label", fill: "currentColor", fontWeight: 600 }),
      // The partial year's months run up the inside of its bar, so the label never collides with
      // the taller bar beside it at any width.
      Plot.text(partial, {
        x: "year",
        y: 0,
        text: (row: Row) => formatMonthRangeShort(lang, 1, row.months),
        rotate: -90,
        textAnchor: "start",
        dy: -6,
        className: "mark-label",
        fill: "currentColor",
        fontWeight: 600,
      }),
    ],
  };
}

/** One marker per year that has events, labelled with the events' numbers ("2, 3"). */
function eventMarkers(annotations: ChartRenderOptions["annotations"], rows: readonly Row[]): Array<{ year: number; label: string }> {
  const years = new Set(rows.map((row) => row.year));
  const byYear = new Map<number, number[]>();
  for (const event of annotations) {
    if (!years.has(event.year)) continue;
    byYear.set(event.year, [...(byYear.get(event.year) ?? []), event.number]);
  }
  return [...byYear].map(([year, numbers]) => ({ year, label: numbers.join(", ") }));
}

/**
 * "COMAR received 1,295 requests in 2013; the number rose 109× to a peak of 140,982 in 2023 and
 * was 78,975 in 2024." Partial years are stated separately and never compared with full ones.
 */
export function asylumRequestsByYearSummary(rows: readonly Row[], lang: Lang): string {
  const full = rows.filter(isFullYear);
  const first = full[0];
  const last = full[full.length - 1];
  if (!first || !last) return t(lang, "chart.no_data");
  const peak = peakOf(full);
  const vars = {
    first: formatCount(lang, first.requests),
    firstYear: first.year,
    multiple: formatMultiple(lang, peak.requests / first.requests),
    peak: formatCount(lang, peak.requests),
    peakYear: peak.year,
    last: formatCount(lang, last.requests),
    lastYear: last.year,
  };
  const core = t(lang, peak === last ? "chart.asylum-requests-by-year.summary_peak_last" : "chart.asylum-requests-by-year.summary", vars);
  const partial = rows.find((row) => !isFullYear(row));
  if (!partial) return core;
  return `${core} ${t(lang, "chart.asylum-requests-by-year.summary_partial", { span: partialLabel(partial, lang), count: formatCount(lang, partial.requests) })}`;
}

export const asylumRequestsByYearChart: ChartDefinition<Row> = {
  id: "asylum-requests-by-year",
  datasetId: "asylum-requests-by-year",
  load: () => loadAsylumRequestsByYear(),
  spec: asylumRequestsByYearSpec,
  summary: asylumRequestsByYearSummary,
  table: [
    { header: (lang) => t(lang, "table.year"), cell: (row) => String(row.year) },
    { header: (lang) => t(lang, "chart.asylum-requests-by-year.column_requests"), cell: (row, lang) => formatCount(lang, row.requests), numeric: true },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => (isFullYear(row) ? t(lang, "table.full_year") : partialLabel(row, lang)) },
  ],
  rowSource: (row) => row.source,
  annotated: true,
  views: [{ name: "events", values: ["on", "off"], fallback: "on" }],
};
