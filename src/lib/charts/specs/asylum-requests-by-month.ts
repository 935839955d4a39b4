import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { isFullYear, loadAsylumRequestsByYear, type AnnualRequests } from "~/lib/data/datasets/asylum-requests-by-year";
import { loadAsylumRequestsByMonth, type MonthlyRequests } from "~/lib/data/datasets/asylum-requests-by-month";
import { formatCompact, formatCount, formatIsoDate } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { qualified } from "../qualified";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartRenderOptions } from "../types";

/**
 * Requests per month from published counts of single months and year-to-date totals.
 *
 * A single month is drawn as published (a dot). Between two year-to-date totals of one year the
 * difference is spread evenly over the months in between (a band at the monthly average); the
 * first total of a year is spread from January. December comes from the yearly series' full-year
 * figure. A lower bound ("more than") can only end a chain: a later total cannot be measured from
 * it, so a lower bound followed by another total of the same year is skipped. A negative
 * difference means two releases disagree and stops the build.
 */
export interface MonthBand {
  /** First and last month the value covers, YYYY-MM. */
  start: string;
  end: string;
  /** People per month: the published count for a single month ("month"), else the average between two totals ("average", even over one month). */
  perMonth: number;
  kind: "month" | "average";
  lowerBound: boolean;
  sources: string[];
}

const monthOf = (iso: string) => Number(iso.slice(5, 7));
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const monthIso = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

interface YearToDate {
  end: string;
  requests: number;
  lowerBound: boolean;
  source: string;
}

export function monthlyBands(rows: readonly MonthlyRequests[], yearly: readonly AnnualRequests[]): MonthBand[] {
  const singles: MonthBand[] = rows
    .filter((row) => row.period_start === row.period_end)
    .map((row) => ({ start: row.period_start, end: row.period_end, perMonth: row.requests, kind: "month", lowerBound: row.qualifier === "at-least", sources: [row.source] }));
  const years = [...new Set(rows.map((row) => yearOf(row.period_start)))].sort((a, b) => a - b);
  const bands: MonthBand[] = [];
  for (const year of years) {
    const totals: YearToDate[] = rows
      .filter((row) => row.period_start === monthIso(year, 1))
      .map((row) => ({ end: row.period_end, requests: row.requests, lowerBound: row.qualifier === "at-least", source: row.source }));
    const fullYear = yearly.find((row) => row.year === year && isFullYear(row));
    if (fullYear && !totals.some((total) => monthOf(total.end) === 12)) totals.push({ end: monthIso(year, 12), requests: fullYear.requests, lowerBound: false, source: fullYear.source });
    totals.sort((a, b) => a.end.localeCompare(b.end));
    const chain = totals.filter((total, i) => !(total.lowerBound && i < totals.length - 1));
    let previous: YearToDate | undefined;
    for (const total of chain) {
      const fromMonth = previous ? monthOf(previous.end) + 1 : 1;
      const months = monthOf(total.end) - fromMonth + 1;
      const difference = total.requests - (previous?.requests ?? 0);
      if (months < 1) throw new Error(`asylum-requests-by-month: two totals end in ${total.end}`);
      if (difference < 0) throw new Error(`asylum-requests-by-month: the total to ${total.end} (${total.source}) is smaller than the total to ${previous?.end} (${previous?.source}); the releases disagree`);
      // A one-month step that a single-month count already covers is that count, not an average.
      const start = monthIso(year, fromMonth);
      if (!(months === 1 && singles.some((single) => single.start === start))) {
        bands.push({ start, end: total.end, perMonth: difference / months, kind: "average", lowerBound: total.lowerBound, sources: [...new Set([previous?.source, total.source].filter((s): s is string => s !== undefined))] });
      }
      previous = total;
    }
  }
  return [...bands, ...singles].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

const firstDay = (iso: string) => new Date(Date.UTC(yearOf(iso), monthOf(iso) - 1, 1));
const dayAfter = (iso: string) => new Date(Date.UTC(yearOf(iso), monthOf(iso), 1));
const middle = (band: MonthBand) => new Date((firstDay(band.start).getTime() + dayAfter(band.end).getTime()) / 2);

/** "August 2021" for one month, "March–May 2021" for several. */
const bandPeriod = (lang: Lang, band: MonthBand) => (band.start === band.end ? formatIsoDate(lang, band.start) : periodLabel(lang, band.start, band.end, false));

function bandTooltip(lang: Lang, band: MonthBand): string {
  const value = band.lowerBound ? t(lang, "qualifier.at-least", { value: formatCount(lang, Math.round(band.perMonth)) }) : formatCount(lang, Math.round(band.perMonth));
  const period = bandPeriod(lang, band);
  return t(lang, band.kind === "month" ? "chart.asylum-requests-by-month.tooltip_month" : "chart.asylum-requests-by-month.tooltip_average", { period, value });
}

/** Events on the time axis; events less than two months apart share one marker ("5, 6"). */
function eventMarkers(annotations: ChartRenderOptions["annotations"], domain: [Date, Date]): Array<{ when: Date; label: string }> {
  const MIN_GAP_MS = 62 * 24 * 60 * 60 * 1000;
  const dated = annotations
    .map((event) => ({ number: event.number, when: new Date(`${event.date.length === 4 ? `${event.date}-07-01` : event.date.length === 7 ? `${event.date}-15` : event.date}T00:00:00Z`) }))
    .filter((event) => event.when >= domain[0] && event.when <= domain[1])
    .sort((a, b) => a.when.getTime() - b.when.getTime());
  const markers: Array<{ when: Date; numbers: number[] }> = [];
  for (const event of dated) {
    const last = markers.at(-1);
    if (last && event.when.getTime() - last.when.getTime() < MIN_GAP_MS) last.numbers.push(event.number);
    else markers.push({ when: event.when, numbers: [event.number] });
  }
  return markers.map((marker) => ({ when: marker.when, label: marker.numbers.join(", ") }));
}

export function asylumRequestsByMonthSpec(rows: readonly MonthlyRequests[], { lang, layout, width, annotations }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const bands = monthlyBands(rows, loadAsylumRequestsByYear().rows);
  const averages = bands.filter((band) => band.kind === "average");
  const months = bands.filter((band) => band.kind === "month");
  const domain: [Date, Date] = [new Date(Date.UTC(Math.min(...bands.map((b) => yearOf(b.start))), 0, 1)), dayAfter(bands.map((b) => b.end).sort().at(-1) ?? "2025-12")];
  const events = eventMarkers(annotations, domain);
  return {
    width,
    height: size.height,
    marginTop: events.length > 0 ? 48 : 24,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 8 : 16,
    style: baseStyle(size.fontSize),
    x: { type: "utc", domain, label: null, ticks: compact ? 4 : 7, tickFormat: (d: Date) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : "") },
    y: { grid: true, domain: [0, Math.max(...bands.map((b) => b.perMonth)) * 1.1], label: t(lang, "chart.asylum-requests-by-month.axis"), labelArrow: false, ticks: compact ? 4 : 6, tickFormat: (v: number) => formatCompact(lang, v) },
    marks: [
      Plot.ruleX(events, { x: "when", strokeDasharray: "2,3", strokeWidth: 1.5, stroke: "currentColor", className: "mark-event" }),
      Plot.text(events, { x: "when", frameAnchor: "top", dy: -34, text: "label", fontWeight: 700, fill: "currentColor", className: "mark-event-label" }),
      // Averages over several months: a pale band, its top edge the line; lower bounds outlined only.
      Plot.rectY(averages.filter((band) => !band.lowerBound), {
        x1: (band: MonthBand) => firstDay(band.start),
        x2: (band: MonthBand) => dayAfter(band.end),
        y: "perMonth",
        fill: "currentColor",
        fillOpacity: 0.3,
        className: "mark-primary",
        title: (band: MonthBand) => bandTooltip(lang, band),
      }),
      Plot.ruleY(averages.filter((band) => !band.lowerBound), { x1: (band: MonthBand) => firstDay(band.start), x2: (band: MonthBand) => dayAfter(band.end), y: "perMonth", stroke: "currentColor", strokeWidth: 2, className: "mark-primary" }),
      Plot.rectY(averages.filter((band) => band.lowerBound), {
        x1: (band: MonthBand) => firstDay(band.start),
        x2: (band: MonthBand) => dayAfter(band.end),
        y: "perMonth",
        fill: "none",
        stroke: "currentColor",
        strokeDasharray: "4,3",
        strokeWidth: 1.5,
        className: "mark-primary",
        title: (band: MonthBand) => bandTooltip(lang, band),
      }),
      Plot.dot(months, {
        x: middle,
        y: "perMonth",
        r: compact ? 3.5 : 4.5,
        fill: "currentColor",
        className: "mark-primary",
        title: (band: MonthBand) => bandTooltip(lang, band),
      }),
      Plot.ruleY([0], { className: "mark-axis" }),
    ],
  };
}

/** The latest period published, the highest monthly rate, and the publication gap since 2025. */
export function asylumRequestsByMonthSummary(rows: readonly MonthlyRequests[], lang: Lang): string {
  const bands = monthlyBands(rows, loadAsylumRequestsByYear().rows);
  const latest = bands.at(-1);
  const peak = [...bands].filter((band) => !band.lowerBound).sort((a, b) => b.perMonth - a.perMonth)[0];
  if (!latest || !peak) return t(lang, "chart.no_data");
  const value = (band: MonthBand) => (band.lowerBound ? t(lang, "qualifier.at-least", { value: formatCount(lang, Math.round(band.perMonth)) }) : formatCount(lang, Math.round(band.perMonth)));
  // The latest published figure, or (in a range of earlier years) the last one of those years.
  const latestPublished = [...loadAsylumRequestsByMonth().rows].map((row) => row.period_end).sort().at(-1);
  return t(lang, latest.end === latestPublished ? "chart.asylum-requests-by-month.summary" : "chart.asylum-requests-by-month.summary_range", {
    latestPeriod: bandPeriod(lang, latest),
    latest: value(latest),
    peakPeriod: bandPeriod(lang, peak),
    peak: value(peak),
  });
}

export const asylumRequestsByMonthChart: ChartDefinition<MonthlyRequests> = {
  id: "asylum-requests-by-month",
  datasetId: "asylum-requests-by-month",
  load: () => {
    const { meta, rows } = loadAsylumRequestsByMonth();
    return { meta, rows: [...rows].sort((a, b) => a.period_start.localeCompare(b.period_start) || a.period_end.localeCompare(b.period_end)) };
  },
  spec: asylumRequestsByMonthSpec,
  summary: asylumRequestsByMonthSummary,
  table: [
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
    { header: (lang) => t(lang, "chart.asylum-requests-by-month.column_kind"), cell: (row, lang) => t(lang, row.period_start === row.period_end ? "chart.asylum-requests-by-month.kind_month" : "chart.asylum-requests-by-month.kind_year_to_date") },
    { header: (lang) => t(lang, "table.people"), cell: (row, lang) => qualified({ value: row.requests, qualifier: row.qualifier }, lang), numeric: true },
  ],
  rowSource: (row) => row.source,
  legend: (_rows, lang) => [
    { key: "month", label: t(lang, "chart.asylum-requests-by-month.legend_month"), color: "currentColor", shape: "circle" },
    { key: "average", label: t(lang, "chart.asylum-requests-by-month.legend_average"), color: "color-mix(in srgb, currentColor 30%, transparent)" },
    { key: "lower-bound", label: t(lang, "chart.asylum-requests-by-month.legend_lower_bound"), color: "transparent" },
  ],
  annotated: "drawn",
  views: [{ name: "events", values: ["on", "off"], fallback: "on" }],
  // A row belongs to the year its period starts in (year-to-date totals never span two years).
  timeRange: { year: (row) => Number(row.period_start.slice(0, 4)) },
};
