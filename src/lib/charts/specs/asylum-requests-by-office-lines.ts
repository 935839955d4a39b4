import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { dayRange } from "~/lib/data/columns";
import { loadSources, publisherIn } from "~/lib/data/sources";
import { loadAsylumRequestsByOffice } from "~/lib/data/datasets/asylum-requests-by-office";
import { formatCompact, formatCount, formatDecimal, formatPercent } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { nationalTotal } from "~/lib/stats/national-total";
import { placePeriods, shareOf, type PlacePeriod, type PlaceRow } from "~/lib/stats/place-measures";
import { MAX_SERIES } from "../series-colours";
import { seriesLegend, seriesMarks, type SeriesPoint } from "../series-explorer";
import { SHARE_VARIANT } from "../series-layout";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import { uncertainTooltip } from "../uncertain";
import type { ChartDefinition, ChartRenderOptions } from "../types";
import { placeName } from "./asylum-requests-by-office";

/**
 * The place explorer: one line per COMAR office or state (?place=of-tapachula~st-chiapas), as
 * its share of all requests in Mexico (default) or as requests per month (?as=per-month), the
 * measures that stay comparable across the sources' unequal periods (src/lib/stats/place-measures.ts).
 * Each point sits at the end of the period it covers (most are 1 January to a month, so a point
 * in May is January–May); a year with nothing published for a place breaks its line. A share
 * computed here (not printed by the source) is a ring. The drawing is the series explorer's
 * (series-explorer.ts), so the picker, colours, rescaling and downloads work as for nationalities.
 */

/** Geometry the script needs to rescale y: fixed here rather than left to Plot's defaults. */
export const LINES_MARGIN = { top: 28, bottom: 34 } as const;

/** How many places are shown by default: those with the most periods with a share. */
const DEFAULT_COUNT = 5;

export const PER_MONTH_VARIANT = "per-month";

/** The rows with their measures, for the chart's places only, in picker order then by period. */
export function placeRows(rows: readonly PlaceRow[]): PlacePeriod[] {
  const measured = placePeriods(rows, nationalTotal);
  const order = placeOrder(measured);
  return measured.filter((row) => order.includes(row.place)).sort((a, b) => order.indexOf(a.place) - order.indexOf(b.place) || a.period_end.localeCompare(b.period_end) || a.period_start.localeCompare(b.period_start));
}

/**
 * Places that can be drawn: those with at least one share (published or computed), most periods
 * with a share first, then most rows, then by id. A place known only from one count with no
 * national total for its period (Jalisco, Saltillo) is left out: it would be one dot in one view.
 */
export function placeOrder(rows: readonly PlacePeriod[]): string[] {
  const places = [...new Set(rows.map((row) => row.place))];
  const shares = (place: string) => rows.filter((row) => row.place === place && shareOf(row) !== undefined).length;
  const all = (place: string) => rows.filter((row) => row.place === place).length;
  return places.filter((place) => shares(place) > 0).sort((a, b) => shares(b) - shares(a) || all(b) - all(a) || a.localeCompare(b));
}

/** The places with the most periods with a share, in picker order. */
export function defaultPlaces(rows: readonly PlacePeriod[]): string[] {
  return placeOrder(rows).slice(0, DEFAULT_COUNT);
}

/** Position of a period's end on a year axis: 2022 + the fraction of 2022 elapsed by its last day (31 December is 2023.0). */
export function periodEndX(periodEnd: string): number {
  const last = dayRange(periodEnd).last;
  const year = Number(last.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const elapsed = (Date.parse(`${last}T00:00:00Z`) - start) / 86_400_000 + 1;
  return year + elapsed / days;
}

/** The points of one measure: shares (fractions; computed ones hollow) or requests per month. */
export function placePoints(rows: readonly PlacePeriod[], variant: string, lang: Lang): SeriesPoint[] {
  return rows.flatMap((row) => {
    const base = { key: row.place, x: periodEndX(row.period_end), slot: Number(row.period_end.slice(0, 4)) };
    const period = periodLabel(lang, row.period_start, row.period_end, false);
    const place = placeName(row.place, lang);
    if (variant === PER_MONTH_VARIANT) {
      if (row.requests_per_month === null || row.requests === null) return [];
      const title = t(lang, "chart.asylum-requests-by-office-lines.tooltip_per_month", { place, period, perMonth: formatCount(lang, row.requests_per_month), count: formatCount(lang, row.requests), months: formatDecimal(lang, row.months) });
      return [{ ...base, value: row.requests_per_month, title: uncertainTooltip(lang, title, row.source) }];
    }
    const measure = shareOf(row);
    if (!measure) return [];
    const title = measure.computed
      ? t(lang, "chart.asylum-requests-by-office-lines.tooltip_computed", { place, period, share: formatPercent(lang, measure.value, 1), count: formatCount(lang, row.requests ?? 0), national: formatCount(lang, row.national_requests ?? 0) })
      : t(lang, "chart.asylum-requests-by-office-lines.tooltip_share", { place, period, share: formatPercent(lang, measure.value, row.share_percent !== null && row.share_percent % 1 !== 0 ? 1 : 0) });
    return [{ ...base, value: measure.value, title: uncertainTooltip(lang, title, row.source), hollow: measure.computed }];
  });
}

export function asylumRequestsByOfficeLinesSpec(rows: readonly PlacePeriod[], { lang, layout, width, variant = SHARE_VARIANT }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const share = variant !== PER_MONTH_VARIANT;
  const points = placePoints(rows, variant, lang);
  const slots = points.map((p) => p.slot);
  const first = Math.min(...slots);
  const last = Math.max(...slots);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const { marks, top, ticks } = seriesMarks({
    keys: placeOrder(rows),
    shown: defaultPlaces(rows),
    points,
    name: (place) => placeName(place, lang),
    layout,
    height: size.height,
    margin: LINES_MARGIN,
    gapX: (year) => year + 0.5,
    labelX: Math.max(...points.map((p) => p.x)),
  });
  return {
    width,
    height: size.height,
    marginTop: LINES_MARGIN.top,
    marginBottom: LINES_MARGIN.bottom,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 12 : 150,
    insetLeft: 4,
    insetRight: 4,
    style: baseStyle(size.fontSize),
    // Each year is a span between two thin rules, named at its middle: a point's place in the
    // span is how far into the year its period ran (the end of December is the span's right edge).
    x: { type: "linear", label: null, domain: [first, last + 1], ticks: years.map((year) => year + 0.5), tickSize: 0, tickFormat: (x: number) => (compact ? `’${String(Math.floor(x)).slice(2)}` : String(Math.floor(x))) },
    y: {
      domain: [0, top],
      grid: true,
      label: t(lang, share ? "chart.asylum-requests-by-office-lines.axis_share" : "chart.asylum-requests-by-office-lines.axis_per_month"),
      labelArrow: false,
      ticks,
      tickFormat: share ? (v: number) => formatPercent(lang, v) : (v: number) => formatCompact(lang, v),
    },
    marks: [Plot.ruleX([...years, last + 1], { stroke: "currentColor", strokeOpacity: 0.2, className: "series-year" }), ...marks],
  };
}

/** "By default: Tapachula, Chiapas, …; Tapachula took between 55% and 70% of all requests in Mexico in each of its 10 periods with a share." */
export function asylumRequestsByOfficeLinesSummary(rows: readonly PlacePeriod[], lang: Lang): string {
  const shown = defaultPlaces(rows);
  const leader = shown[0];
  const shares = rows.filter((row) => row.place === leader).flatMap((row) => {
    const measure = shareOf(row);
    return measure ? [{ row, value: measure.value }] : [];
  });
  const low = [...shares].sort((a, b) => a.value - b.value)[0];
  const high = [...shares].sort((a, b) => b.value - a.value)[0];
  if (!leader || !low || !high) return t(lang, "chart.no_data");
  const list = new Intl.ListFormat(lang === "es" ? "es-MX" : "en", { type: "conjunction" });
  const digits = (value: number) => (Math.round(value * 1000) % 10 === 0 ? 0 : 1);
  return t(lang, "chart.asylum-requests-by-office-lines.summary", {
    count: shown.length,
    places: list.format(shown.map((place) => placeName(place, lang))),
    leader: placeName(leader, lang),
    periods: shares.length,
    low: formatPercent(lang, low.value, digits(low.value)),
    lowPeriod: periodLabel(lang, low.row.period_start, low.row.period_end, false),
    high: formatPercent(lang, high.value, digits(high.value)),
    highPeriod: periodLabel(lang, high.row.period_start, high.row.period_end, false),
  });
}

function nationalCell(row: PlacePeriod, lang: Lang): string {
  if (row.national_requests === null) return "—";
  const source = row.national_source ? loadSources().get(row.national_source) : undefined;
  return source ? `${formatCount(lang, row.national_requests)} (${publisherIn(source, lang)})` : formatCount(lang, row.national_requests);
}

const shareCell = (value: number | null, lang: Lang) => (value === null ? "—" : formatPercent(lang, value / 100, value % 1 === 0 ? 0 : 1));

export const asylumRequestsByOfficeLinesChart: ChartDefinition<PlacePeriod> = {
  id: "asylum-requests-by-office-lines",
  datasetId: "asylum-requests-by-office",
  load: () => {
    const { meta, rows } = loadAsylumRequestsByOffice();
    return { meta, rows: placeRows(rows) };
  },
  spec: asylumRequestsByOfficeLinesSpec,
  summary: asylumRequestsByOfficeLinesSummary,
  legend: (rows, lang) => seriesLegend(placeOrder(rows), defaultPlaces(rows), (place) => placeName(place, lang)),
  legendNotes: (lang) => [t(lang, "chart.asylum-requests-by-office-lines.legend_computed")],
  method: (lang) => {
    const { rows } = loadAsylumRequestsByOffice();
    const drawn = placeOrder(placePeriods(rows, nationalTotal));
    const left = [...new Set(rows.map((row) => row.place))].filter((place) => !drawn.includes(place));
    const list = new Intl.ListFormat(lang === "es" ? "es-MX" : "en", { type: "conjunction" });
    return [
      t(lang, "chart.asylum-requests-by-office-lines.method_share"),
      t(lang, "chart.asylum-requests-by-office-lines.method_per_month"),
      t(lang, "chart.asylum-requests-by-office-lines.method_places"),
      ...(left.length > 0 ? [t(lang, "chart.asylum-requests-by-office-lines.method_left", { left: list.format(left.map((place) => placeName(place, lang))) })] : []),
    ];
  },
  table: [
    { header: (lang) => t(lang, "table.place"), cell: (row, lang) => placeName(row.place, lang) },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
    { header: (lang) => t(lang, "table.people"), cell: (row, lang) => (row.requests === null ? "—" : formatCount(lang, row.requests)), numeric: true },
    { header: (lang) => t(lang, "table.share_national"), cell: (row, lang) => shareCell(row.share_percent, lang), numeric: true },
    { header: (lang) => t(lang, "table.share_computed"), cell: (row, lang) => shareCell(row.share_percent_computed, lang), numeric: true },
    // The total's own source is named beside it: it is listed with the chart's sources but is no row's.
    { header: (lang) => t(lang, "table.national_same_period"), cell: (row, lang) => nationalCell(row, lang), numeric: true, value: (row) => row.national_requests ?? undefined },
    { header: (lang) => t(lang, "table.per_month"), cell: (row, lang) => (row.requests_per_month === null ? "—" : formatCount(lang, row.requests_per_month)), numeric: true },
  ],
  rowSource: (row) => row.source,
  // A computed share also rests on the national total it divides by.
  extraSources: (row) => (row.national_source === null ? [] : [row.national_source]),
  rowKey: (row) => row.place,
  // The same places on the map of requests by state (a Map tab linking there).
  places: { chart: "map-requests-by-state" },
  views: (rows) => [
    { name: "place", values: placeOrder(rows), fallback: defaultPlaces(rows).join("~"), set: MAX_SERIES, column: "place" },
    { name: "as", values: [SHARE_VARIANT, PER_MONTH_VARIANT], fallback: SHARE_VARIANT },
  ],
  variant: "as",
  viewLabels: (lang) => {
    const places = placeOrder(placeRows(loadAsylumRequestsByOffice().rows));
    return {
      place: { label: t(lang, "view.place.label"), options: Object.fromEntries(places.map((place) => [place, placeName(place, lang)])) },
      as: { label: t(lang, "view.as.label"), options: { [SHARE_VARIANT]: t(lang, "chart.asylum-requests-by-office-lines.view_share"), [PER_MONTH_VARIANT]: t(lang, "chart.asylum-requests-by-office-lines.view_per_month") } },
    };
  },
};
