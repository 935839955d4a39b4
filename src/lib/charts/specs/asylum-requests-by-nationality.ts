import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadAsylumRequestsByNationality } from "~/lib/data/datasets/asylum-requests-by-nationality";
import { loadNationalities, nationalityName } from "~/lib/data/lookups";
import { formatCompact, formatCount, formatMonthRangeShort, formatMonthSpan, formatPercent } from "~/lib/format";
import { baseStyle, CATEGORY_COLORS, CHART_SIZE_PX, REMAINDER_COLOR } from "../theme";
import type { ChartDefinition, ChartRenderOptions, LegendItem } from "../types";

export type Row = ReturnType<typeof loadAsylumRequestsByNationality>["rows"][number];
/** A row with a count (share-only rows are listed in the table but not drawn). */
export type CountRow = Row & { requests: number };

/** Remainder code: "all other nationalities" in the source's list. */
export const OTHER = "OTH";
/** How many nationalities get their own colour; the rest share the last colour. */
const NAMED_COLOURS = CATEGORY_COLORS.length - 1;

export const isCount = (row: Row): row is CountRow => row.requests !== undefined;

/** Nationalities ordered by their total over all years drawn (largest first), OTH last. */
export function nationalityOrder(rows: readonly CountRow[]): string[] {
  const totals = new Map<string, number>();
  for (const row of rows) if (row.nationality !== OTHER) totals.set(row.nationality, (totals.get(row.nationality) ?? 0) + row.requests);
  return [...[...totals].sort((a, b) => b[1] - a[1]).map(([code]) => code), OTHER];
}

function colourOf(order: readonly string[]) {
  return (code: string) => (code === OTHER ? REMAINDER_COLOR : (CATEGORY_COLORS[Math.min(order.indexOf(code), NAMED_COLOURS)] as string));
}

export function yearTotals(rows: readonly CountRow[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.year, (totals.get(row.year) ?? 0) + row.requests);
  return totals;
}

/**
 * Stacked bars: one per year, one segment per nationality the source listed, "all others" on
 * top. `variant` "share" normalizes each year to 100%.
 */
export function asylumRequestsByNationalitySpec(rows: readonly Row[], { lang, layout, width, variant = "count" }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const data = rows.filter(isCount);
  const order = nationalityOrder(data);
  const colour = colourOf(order);
  const totals = yearTotals(data);
  const share = variant === "share";
  const compact = layout === "compact";
  const tooltip = (row: CountRow) =>
    t(lang, "chart.asylum-requests-by-nationality.tooltip", {
      nationality: nationalityName(row.nationality, lang),
      year: row.months === 12 ? String(row.year) : formatMonthSpan(lang, row.year, 1, row.months),
      count: formatCount(lang, row.requests),
      share: formatPercent(lang, row.requests / (totals.get(row.year) ?? row.requests)),
    });
  return {
    width,
    height: size.height,
    // Room above the bars for the partial-year label ("Jan–Nov") below the axis title, which
    // Plot sets at the top left: at 24 px the two touched over an early year in shares.
    marginTop: partialYears(data).length > 0 ? 40 : 24,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 8 : 16,
    style: baseStyle(size.fontSize),
    x: { type: "band", label: null, padding: 0.25, tickFormat: (year: number) => (compact ? `’${String(year).slice(2)}` : String(year)) },
    y: {
      grid: true,
      label: t(lang, share ? "chart.asylum-requests-by-nationality.axis_share" : "chart.asylum-requests-by-nationality.axis"),
      labelArrow: false,
      ticks: compact ? 4 : 6,
      tickFormat: share ? (value: number) => formatPercent(lang, value) : (value: number) => formatCompact(lang, value),
    },
    color: { type: "ordinal", domain: order, range: order.map(colour) },
    marks: [
      Plot.barY(data, {
        x: "year",
        y: "requests",
        fill: "nationality",
        order: order,
        ...(share ? { offset: "normalize" as const } : {}),
        title: tooltip,
        ariaLabel: "nationality",
        className: "mark-series",
      }),
      Plot.ruleY([0], { className: "mark-axis" }),
      // A year the source covers only in part is labelled with its months above the bar.
      Plot.text(partialYears(data), {
        x: "year",
        y: share ? () => 1 : "total",
        text: (d: { year: number; months: number }) => formatMonthRangeShort(lang, 1, d.months),
        dy: -8,
        className: "mark-label",
        fill: "currentColor",
      }),
    ],
  };
}

/** Years whose rows cover fewer than 12 months, with their drawn total. */
function partialYears(rows: readonly CountRow[]): Array<{ year: number; months: number; total: number }> {
  const totals = yearTotals(rows);
  const partial = new Map<number, number>();
  for (const row of rows) if (row.months < 12) partial.set(row.year, row.months);
  return [...partial].map(([year, months]) => ({ year, months, total: totals.get(year) ?? 0 }));
}

/** Largest named nationality in a year, with its share of the year's drawn total. */
function largestIn(rows: readonly CountRow[], year: number): { code: string; share: number } | undefined {
  const inYear = rows.filter((row) => row.year === year);
  const total = inYear.reduce((sum, row) => sum + row.requests, 0);
  const top = inYear.filter((row) => row.nationality !== OTHER).sort((a, b) => b.requests - a.requests)[0];
  return top && total > 0 ? { code: top.nationality, share: top.requests / total } : undefined;
}

/** "People from Honduras were the largest group in 2018 (46% of requests), from Haiti in 2023 (31%) and from Honduras in 2024 (35%)." */
export function asylumRequestsByNationalitySummary(rows: readonly Row[], lang: Lang): string {
  const data = rows.filter(isCount);
  const totals = yearTotals(data);
  const years = [...totals.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const peak = [...totals].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (first === undefined || last === undefined || peak === undefined) return t(lang, "chart.no_data");
  const describe = (year: number) => {
    const top = largestIn(data, year);
    return top ? { nationality: nationalityName(top.code, lang), share: formatPercent(lang, top.share), year } : undefined;
  };
  const [a, b, c] = [describe(first), describe(peak), describe(last)];
  if (!a || !b || !c) return t(lang, "chart.no_data");
  // A range of years may hold one year, or have its peak at one end: then two years are told.
  const form = first === last ? "summary_single" : peak === first || peak === last ? "summary_two" : "summary";
  return t(lang, `chart.asylum-requests-by-nationality.${form}`, {
    firstNationality: a.nationality, firstYear: a.year, firstShare: a.share,
    peakNationality: b.nationality, peakYear: b.year, peakShare: b.share,
    lastNationality: c.nationality, lastYear: c.year, lastShare: c.share,
  });
}

/**
 * One key entry per colour: the nationalities with a colour of their own, then the smaller
 * listed ones that share the last colour as one named group (each is still named in its
 * tooltip and the table), then "all others". No two entries share a colour.
 */
export function asylumRequestsByNationalityLegend(rows: readonly Row[], lang: Lang): LegendItem[] {
  const order = nationalityOrder(rows.filter(isCount));
  const colour = colourOf(order);
  const listed = order.filter((code) => code !== OTHER);
  const named = listed.slice(0, NAMED_COLOURS);
  const grouped = listed.slice(NAMED_COLOURS);
  const items: LegendItem[] = named.map((code) => ({ key: code, label: nationalityName(code, lang), color: colour(code) }));
  if (grouped.length === 1) items.push({ key: grouped[0] as string, label: nationalityName(grouped[0] as string, lang), color: colour(grouped[0] as string) });
  else if (grouped.length > 1) {
    const list = new Intl.ListFormat(lang === "es" ? "es-MX" : "en", { type: "conjunction" });
    items.push({ key: "other-listed", label: t(lang, "chart.asylum-requests-by-nationality.other_listed", { names: list.format(grouped.map((code) => nationalityName(code, lang))) }), color: colour(grouped[0] as string) });
  }
  if (order.includes(OTHER)) items.push({ key: OTHER, label: nationalityName(OTHER, lang), color: colour(OTHER) });
  return items;
}

export const asylumRequestsByNationalityChart: ChartDefinition<Row> = {
  id: "asylum-requests-by-nationality",
  datasetId: "asylum-requests-by-nationality",
  load: () => loadAsylumRequestsByNationality(),
  spec: asylumRequestsByNationalitySpec,
  summary: asylumRequestsByNationalitySummary,
  legend: asylumRequestsByNationalityLegend,
  table: [
    { header: (lang) => t(lang, "table.year"), cell: (row) => String(row.year) },
    { header: (lang) => t(lang, "table.nationality"), cell: (row, lang) => nationalityName(row.nationality, lang) },
    { header: (lang) => t(lang, "table.people"), cell: (row, lang) => (row.requests === undefined ? "—" : formatCount(lang, row.requests)), numeric: true },
    { header: (lang) => t(lang, "table.share_reported"), cell: (row, lang) => (row.share_percent === undefined ? "—" : formatPercent(lang, row.share_percent / 100)), numeric: true },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => (row.months === 12 ? t(lang, "table.full_year") : formatMonthSpan(lang, row.year, 1, row.months)) },
  ],
  rowSource: (row) => row.source,
  // Both views draw the rows with a count (2018 on); share-only rows before that are in the table.
  timeRange: { year: (row) => row.year, drawn: isCount },
  views: (rows) => [
    // Any nationality the chart draws can be highlighted (?highlight=HTI).
    { name: "highlight", values: ["none", ...nationalityOrder(rows.filter(isCount)).filter((code) => code !== OTHER)], fallback: "none" },
    { name: "as", values: ["count", "share"], fallback: "count" },
  ],
  variant: "as",
  viewLabels: (lang) => ({
    highlight: {
      label: t(lang, "view.highlight.label"),
      options: Object.fromEntries([["none", t(lang, "view.highlight.none")], ...[...loadNationalities().values()].map((n) => [n.code, lang === "es" ? n.name_es : n.name_en])]),
    },
  }),
};
