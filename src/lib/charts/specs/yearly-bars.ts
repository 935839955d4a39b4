import * as Plot from "@observablehq/plot";
import { t, type Lang, type UiKey } from "~/i18n";
import type { DatasetMeta } from "~/lib/data/metadata";
import { formatCompact, formatCount, formatMonthRangeShort, formatMonthSpan, formatMultiple } from "~/lib/format";
import { quantity, ratio, type Quantity, type QuantityUnit } from "~/lib/stats/quantity";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartId, ChartRenderOptions } from "../types";

/** One bar: a year's value, the months it covers (12 = full year) and its source. */
export interface YearValue {
  year: number;
  value: number;
  months: number;
  source: string;
  /** What the value counts (the dataset's unit): summaries compare only values of one unit. */
  unit: QuantityUnit;
}

const asQuantity = (row: YearValue): Quantity => quantity(row.value, row.unit, `${row.year} (${row.source})`);

const isFull = (row: YearValue) => row.months === 12;

function peakOf(rows: readonly YearValue[]): YearValue {
  return rows.reduce((best, row) => (row.value > best.value ? row : best));
}

/** Every year from the first to the last, so a year without data shows as a gap, not a zero. */
function yearDomain(rows: readonly YearValue[]): number[] {
  const years = rows.map((row) => row.year);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}

/** One marker per year that has events, labelled with the events' numbers ("2, 3"). */
function eventMarkers(annotations: ChartRenderOptions["annotations"], rows: readonly YearValue[]): Array<{ year: number; label: string }> {
  const years = new Set(rows.map((row) => row.year));
  const byYear = new Map<number, number[]>();
  for (const event of annotations) {
    if (!years.has(event.year)) continue;
    byYear.set(event.year, [...(byYear.get(event.year) ?? []), event.number]);
  }
  return [...byYear].map(([year, numbers]) => ({ year, label: numbers.join(", ") }));
}

/** Dictionary keys of one yearly chart: `chart.<id>.axis|tooltip|tooltip_partial|summary|summary_peak_last|summary_partial`. */
const key = (id: ChartId, part: string) => `chart.${id}.${part}` as UiKey;

/**
 * Bars of a value per year. Full years are solid; a partial year is pale, outlined, dashed and
 * labelled with its months inside the bar, so its drop is not read as a full-year fall. Years
 * without data keep their slot empty. Policy events (numbered) sit above their year.
 */
export function yearlyBarsSpec(id: ChartId, rows: readonly YearValue[], { lang, layout, width, annotations }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const full = rows.filter(isFull);
  const partial = rows.filter((row) => !isFull(row));
  const compact = layout === "compact";
  const tooltip = (row: YearValue) =>
    isFull(row)
      ? t(lang, key(id, "tooltip"), { year: row.year, count: formatCount(lang, row.value) })
      : t(lang, key(id, "tooltip_partial"), { span: formatMonthSpan(lang, row.year, 1, row.months), count: formatCount(lang, row.value) });
  const peak = full.length > 0 ? peakOf(full) : undefined;
  const labelled = full.filter((row) => row === peak || row === full[full.length - 1]);
  const markers = eventMarkers(annotations, rows);
  const domain = yearDomain(rows);
  const present = new Set(rows.map((row) => row.year));
  const missing = domain.filter((year) => !present.has(year));
  // On narrow screens every other year is labelled ('13, '15 …) so ticks never collide.
  const oddFirst = (domain[0] ?? 0) % 2;
  return {
    width,
    height: size.height,
    marginTop: markers.length > 0 ? 56 : 30,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 8 : 16,
    style: baseStyle(size.fontSize),
    x: {
      type: "band",
      domain,
      label: null,
      padding: 0.2,
      tickFormat: compact ? (year: number) => (year % 2 === oddFirst ? `’${String(year).slice(2)}` : "") : (year: number) => String(year),
    },
    y: { grid: true, label: t(lang, key(id, "axis")), labelArrow: false, tickFormat: (value: number) => formatCompact(lang, value), ticks: compact ? 4 : 6 },
    marks: [
      // Events first, so the dashed rules sit behind the bars; numbers match the key below.
      Plot.ruleX(markers, { x: "year", strokeDasharray: "2,3", strokeWidth: 1.5, stroke: "currentColor", className: "mark-event" }),
      Plot.text(markers, { x: "year", frameAnchor: "top", dy: -40, text: "label", fontWeight: 700, fill: "currentColor", className: "mark-event-label" }),
      Plot.barY(full, { x: "year", y: "value", fill: "currentColor", className: "mark-primary", title: tooltip }),
      Plot.barY(partial, { x: "year", y: "value", fill: "currentColor", fillOpacity: 0.3, stroke: "currentColor", strokeDasharray: "3,2", className: "mark-partial", title: tooltip }),
      Plot.ruleY([0], { className: "mark-axis" }),
      Plot.text(labelled, { x: "year", y: "value", text: (row: YearValue) => (compact ? formatCompact(lang, row.value) : formatCount(lang, row.value)), dy: -8, className: "mark-label", fill: "currentColor", fontWeight: 600 }),
      // A year without a sourced figure says so in its empty slot, so it cannot be read as zero.
      Plot.text(missing, { x: (year: number) => year, y: 0, text: () => t(lang, "chart.no_data_short"), rotate: -90, textAnchor: "start", dy: -6, className: "mark-missing", fill: "currentColor" }),
      // The partial year's months run up the inside of its bar, so the label never collides with
      // the taller bar beside it at any width.
      Plot.text(partial, { x: "year", y: 0, text: (row: YearValue) => formatMonthRangeShort(lang, 1, row.months), rotate: -90, textAnchor: "start", dy: -6, className: "mark-label", fill: "currentColor", fontWeight: 600 }),
    ],
  };
}

/**
 * "<first> in <firstYear>; rose <multiple> to a peak of <peak> in <peakYear> and was <last> in
 * <lastYear>." (or the forms for one year, a peak in the last or the first year). Partial years
 * are stated separately and never compared with full ones.
 */
export function yearlySummary(id: ChartId, rows: readonly YearValue[], lang: Lang): string {
  const full = rows.filter(isFull);
  const first = full[0];
  const last = full[full.length - 1];
  if (!first || !last) return t(lang, "chart.no_data");
  const peak = peakOf(full);
  const vars = {
    first: formatCount(lang, first.value),
    firstYear: first.year,
    multiple: formatMultiple(lang, ratio(asQuantity(peak), asQuantity(first))),
    peak: formatCount(lang, peak.value),
    peakYear: peak.year,
    last: formatCount(lang, last.value),
    lastYear: last.year,
  };
  // A range of years can hold one full year, or start at its peak: each gets its own sentence.
  const form = first === last ? "summary_single" : peak === last ? "summary_peak_last" : peak === first ? "summary_peak_first" : "summary";
  const core = t(lang, key(id, form), vars);
  const partial = rows.find((row) => !isFull(row));
  if (!partial) return core;
  return `${core} ${t(lang, key(id, "summary_partial"), { span: formatMonthSpan(lang, partial.year, 1, partial.months), count: formatCount(lang, partial.value) })}`;
}

/** A complete yearly bar chart from a loader that yields year values. */
export function yearlyBarsChart(options: {
  id: ChartId;
  datasetId: string;
  load: () => { meta: DatasetMeta; rows: YearValue[] };
  /** Header of the value column in the table, e.g. "People who applied". */
  valueHeader: UiKey;
  annotated?: boolean;
}): ChartDefinition<YearValue> {
  const { id } = options;
  return {
    id,
    datasetId: options.datasetId,
    load: options.load,
    spec: (rows, renderOptions) => yearlyBarsSpec(id, rows, renderOptions),
    summary: (rows, lang) => yearlySummary(id, rows, lang),
    table: [
      { header: (lang) => t(lang, "table.year"), cell: (row) => String(row.year) },
      { header: (lang) => t(lang, options.valueHeader), cell: (row, lang) => formatCount(lang, row.value), numeric: true, value: (row) => row.value },
      { header: (lang) => t(lang, "table.period"), cell: (row, lang) => (isFull(row) ? t(lang, "table.full_year") : formatMonthSpan(lang, row.year, 1, row.months)) },
    ],
    rowSource: (row) => row.source,
    timeRange: { year: (row) => row.year },
    ...(options.annotated ? { annotated: "drawn" as const, views: [{ name: "events", values: ["on", "off"], fallback: "on" }] } : {}),
  };
}
