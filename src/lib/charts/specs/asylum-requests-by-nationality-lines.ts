import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadAsylumRequestsByNationality } from "~/lib/data/datasets/asylum-requests-by-nationality";
import { loadNationalities, nationalityName } from "~/lib/data/lookups";
import { formatCompact, formatCount, formatMonthRangeShort, formatMonthSpan, formatPercent } from "~/lib/format";
import { MAX_SERIES } from "../series-colours";
import { seriesLegend, seriesMarks } from "../series-explorer";
import { SHARE_VARIANT } from "../series-layout";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartRenderOptions, LegendItem } from "../types";
import { isCount, nationalityOrder, OTHER, yearTotals, type CountRow, type Row } from "./asylum-requests-by-nationality";

/**
 * The nationality explorer: one line per nationality over the years, for any set of them
 * (?country=VEN~HND), as counts or as shares of each year's requests (?as=share).
 *
 * Every nationality is drawn at build time, each series in its own groups (line, dots, end
 * label) whose marks carry data-key=<code>; the ones outside the set are hidden by the class
 * `series-off`, so the default set reads without JavaScript and the script only toggles classes,
 * recolours and rescales (src/scripts/chart-series.ts). A nationality missing from a year's
 * published list is unknown for that year, not zero: the line breaks there and never drops to 0.
 */

/** Geometry the script needs to rescale y: fixed here rather than left to Plot's defaults. */
export const LINES_MARGIN = { top: 28, bottom: 46 } as const;

/** How many of the latest year's largest nationalities are shown by default. */
const DEFAULT_COUNT = 5;

interface Point {
  code: string;
  year: number;
  months: number;
  requests: number;
  share: number;
}

/** Nationalities that can be drawn (OTH is a different remainder each year, not a series). */
export function explorerCodes(rows: readonly Row[]): string[] {
  return nationalityOrder(rows.filter(isCount)).filter((code) => code !== OTHER);
}

/** The largest nationalities of the latest year with counts, in allow-list order. */
export function defaultSet(rows: readonly Row[]): string[] {
  const data = rows.filter(isCount);
  const latest = Math.max(...data.map((row) => row.year));
  const top = data.filter((row) => row.year === latest && row.nationality !== OTHER).sort((a, b) => b.requests - a.requests).slice(0, DEFAULT_COUNT).map((row) => row.nationality);
  return explorerCodes(rows).filter((code) => top.includes(code));
}

function points(rows: readonly CountRow[]): Point[] {
  const totals = yearTotals(rows);
  return rows
    .filter((row) => row.nationality !== OTHER)
    .map((row) => ({ code: row.nationality, year: row.year, months: row.months, requests: row.requests, share: row.requests / (totals.get(row.year) ?? row.requests) }));
}

export function asylumRequestsByNationalityLinesSpec(rows: readonly Row[], { lang, layout, width, variant = "count" }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const share = variant === SHARE_VARIANT;
  const VALUE = share ? "share" : "requests";
  const data = points(rows.filter(isCount));
  const years = [...new Set(rows.filter(isCount).map((row) => row.year))].sort((a, b) => a - b);
  const codes = explorerCodes(rows);
  const shown = defaultSet(rows);
  const partial = partialYears(rows.filter(isCount));
  const lastYear = years[years.length - 1];
  const format = share ? (v: number) => formatPercent(lang, v) : (v: number) => formatCompact(lang, v);
  const tooltip = (p: Point) =>
    t(lang, "chart.asylum-requests-by-nationality-lines.tooltip", {
      nationality: nationalityName(p.code, lang),
      year: p.months === 12 ? String(p.year) : formatMonthSpan(lang, p.year, 1, p.months),
      count: formatCount(lang, p.requests),
      share: formatPercent(lang, p.share),
    });
  const { marks, top, ticks } = seriesMarks({
    keys: codes,
    shown,
    points: data.map((p) => ({ key: p.code, x: p.year, slot: p.year, value: p[VALUE], title: tooltip(p) })),
    name: (code) => nationalityName(code, lang),
    layout,
    height: size.height,
    margin: LINES_MARGIN,
    gapX: (year) => year,
    labelX: lastYear,
  });
  return {
    width,
    height: size.height,
    marginTop: LINES_MARGIN.top,
    marginBottom: LINES_MARGIN.bottom,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 12 : 110,
    insetLeft: 8,
    insetRight: 8,
    style: baseStyle(size.fontSize),
    x: { type: "linear", label: null, domain: [years[0] ?? 0, years[years.length - 1] ?? 0], ticks: years, tickFormat: (year: number) => {
        const label = compact ? `’${String(year).slice(2)}` : String(year);
        // A year the source covers in part says which months, under the year.
        const months = partial.get(year);
        return months === undefined ? label : `${label}\n${formatMonthRangeShort(lang, 1, months)}`;
      },
    },
    y: {
      domain: [0, top],
      grid: true,
      label: t(lang, share ? "chart.asylum-requests-by-nationality.axis_share" : "chart.asylum-requests-by-nationality.axis"),
      labelArrow: false,
      ticks,
      tickFormat: format,
    },
    marks,
  };
}

/** Years whose rows cover fewer than 12 months, and how many months. */
function partialYears(rows: readonly CountRow[]): Map<number, number> {
  const partial = new Map<number, number>();
  for (const row of rows) if (row.months < 12) partial.set(row.year, row.months);
  return partial;
}

/** "Default view: the five largest nationalities of 2024 (Honduras, Cuba, …); Honduras had the most, 27,888 people." */
export function asylumRequestsByNationalityLinesSummary(rows: readonly Row[], lang: Lang): string {
  const data = rows.filter(isCount);
  const shown = defaultSet(rows);
  const latest = Math.max(...data.map((row) => row.year));
  const first = Math.min(...data.map((row) => row.year));
  const leader = data.filter((row) => row.year === latest && row.nationality !== OTHER).sort((a, b) => b.requests - a.requests)[0];
  if (!leader || shown.length === 0) return t(lang, "chart.no_data");
  const list = new Intl.ListFormat(lang === "es" ? "es-MX" : "en", { type: "conjunction" });
  return t(lang, "chart.asylum-requests-by-nationality-lines.summary", {
    count: shown.length,
    firstYear: first,
    lastYear: latest,
    nationalities: list.format(shown.map((code) => nationalityName(code, lang))),
    leader: nationalityName(leader.nationality, lang),
    leaderCount: formatCount(lang, leader.requests),
  });
}

/** Every nationality, in allow-list order, in its colour for the default set. */
function legend(rows: Row[], lang: Lang): LegendItem[] {
  return seriesLegend(explorerCodes(rows), defaultSet(rows), (code) => nationalityName(code, lang));
}

export const asylumRequestsByNationalityLinesChart: ChartDefinition<Row> = {
  id: "asylum-requests-by-nationality-lines",
  datasetId: "asylum-requests-by-nationality",
  // The table reads by nationality (all its years together), in the picker's order.
  load: () => {
    const { meta, rows } = loadAsylumRequestsByNationality();
    const order = [...explorerCodes(rows), OTHER];
    const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
    return { meta, rows: [...rows].sort((a, b) => rank(a.nationality) - rank(b.nationality) || a.year - b.year) };
  },
  spec: asylumRequestsByNationalityLinesSpec,
  summary: asylumRequestsByNationalityLinesSummary,
  legend,
  table: [
    { header: (lang) => t(lang, "table.nationality"), cell: (row, lang) => nationalityName(row.nationality, lang) },
    { header: (lang) => t(lang, "table.year"), cell: (row) => String(row.year) },
    { header: (lang) => t(lang, "table.people"), cell: (row, lang) => (row.requests === undefined ? "—" : formatCount(lang, row.requests)), numeric: true },
    { header: (lang) => t(lang, "table.share_reported"), cell: (row, lang) => (row.share_percent === undefined ? "—" : formatPercent(lang, row.share_percent / 100)), numeric: true },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => (row.months === 12 ? t(lang, "table.full_year") : formatMonthSpan(lang, row.year, 1, row.months)) },
  ],
  rowSource: (row) => row.source,
  rowKey: (row) => row.nationality,
  views: (rows) => [
    { name: "country", values: explorerCodes(rows), fallback: defaultSet(rows).join("~"), set: MAX_SERIES, column: "nationality" },
    { name: "as", values: ["count", "share"], fallback: "count" },
  ],
  variant: "as",
  viewLabels: (lang) => ({
    country: { label: t(lang, "view.country.label"), options: Object.fromEntries([...loadNationalities().values()].map((n) => [n.code, lang === "es" ? n.name_es : n.name_en])) },
  }),
};
