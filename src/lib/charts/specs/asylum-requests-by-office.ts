import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadAsylumRequestsByOffice } from "~/lib/data/datasets/asylum-requests-by-office";
import { loadPlaces } from "~/lib/data/lookups";
import { formatCount, formatPercent } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import { restsOnCopy, UNCERTAIN_CLASS, uncertainLegend, uncertainTooltip } from "../uncertain";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type Row = ReturnType<typeof loadAsylumRequestsByOffice>["rows"][number];
type CountRow = Row & { requests: number };

const ROW_HEIGHT_PX = 30;
const isCount = (row: Row): row is CountRow => row.requests !== undefined;

/** "Tapachula (Chiapas)" for an office, "Chiapas" for a state. */
export function placeName(id: string, lang: Lang): string {
  const place = loadPlaces().get(id);
  if (!place) return id;
  const name = lang === "es" ? place.name_es : place.name_en;
  const state = place.kind === "office" ? loadPlaces().get(place.state) : undefined;
  return state ? `${name} (${lang === "es" ? state.name_es : state.name_en})` : name;
}

const periodKey = (row: Row) => `${row.period_start}/${row.period_end}`;

/** Places a breakdown must name to be drawn as a year's snapshot. */
const MIN_PLACES = 5;

/**
 * For each year, the breakdown covering the longest period among those that name at least
 * `minPlaces` places (ties: more places). Sources publish overlapping partial periods; drawing
 * one snapshot per year keeps every bar in a panel comparable.
 */
export function snapshotsByYear(rows: readonly Row[], minPlaces = MIN_PLACES): Map<number, CountRow[]> {
  const byPeriod = new Map<string, CountRow[]>();
  for (const row of rows.filter(isCount)) byPeriod.set(periodKey(row), [...(byPeriod.get(periodKey(row)) ?? []), row]);
  const best = new Map<number, CountRow[]>();
  for (const group of byPeriod.values()) {
    const first = group[0] as CountRow;
    if (group.length < minPlaces) continue;
    const current = best.get(first.year);
    const order = current ? first.period_end.localeCompare((current[0] as CountRow).period_end) : 1;
    if (!current || order > 0 || (order === 0 && group.length > current.length)) best.set(first.year, group);
  }
  return new Map([...best].sort((a, b) => a[0] - b[0]).map(([year, group]) => [year, [...group].sort((a, b) => b.requests - a.requests)]));
}

/** Horizontal bars: requests per place in the year's snapshot; `variant` is the year. */
export function asylumRequestsByOfficeSpec(rows: readonly Row[], { lang, layout, width, variant }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const snapshots = snapshotsByYear(rows);
  const year = variant ? Number(variant) : [...snapshots.keys()].at(-1);
  const data = (snapshots.get(year ?? 0) ?? []).map((row) => ({ ...row, name: placeName(row.place, lang) }));
  const period = data[0] ? periodLabel(lang, data[0].period_start, data[0].period_end, false) : "";
  return {
    width,
    height: 56 + data.length * ROW_HEIGHT_PX,
    marginLeft: compact ? 150 : 240,
    marginRight: compact ? 44 : 60,
    marginTop: 40,
    style: baseStyle(size.fontSize),
    x: { grid: true, axis: "top", label: t(lang, "chart.asylum-requests-by-office.axis", { period }), labelArrow: false, ticks: compact ? 3 : 5, tickFormat: (v: number) => formatCount(lang, v) },
    y: { domain: data.map((d) => d.name), label: null, tickSize: 0 },
    marks: [
      ...[false, true].map((copyOnly) =>
        Plot.barX(data.filter((row) => restsOnCopy(row.source) === copyOnly), {
          y: "name",
          x: "requests",
          fill: "currentColor",
          // A count known only from a copy: paler and dashed (uncertain.ts).
          ...(copyOnly ? { fillOpacity: 0.35, stroke: "currentColor", strokeDasharray: "4,3" } : {}),
          className: copyOnly ? UNCERTAIN_CLASS : "mark-primary",
          title: (row: CountRow) => uncertainTooltip(lang, t(lang, "chart.asylum-requests-by-office.tooltip", { place: placeName(row.place, lang), period: periodLabel(lang, row.period_start, row.period_end, false), count: formatCount(lang, row.requests) }), row.source),
        }),
      ),
      Plot.text(data, { y: "name", x: "requests", text: (row: CountRow) => formatCount(lang, row.requests), dx: 6, textAnchor: "start", fill: "currentColor", className: "mark-label" }),
      Plot.ruleX([0], { className: "mark-axis" }),
    ],
  };
}

/** The southern share: the range of shares that sources give for Chiapas or its Tapachula office. */
export function asylumRequestsByOfficeSummary(rows: readonly Row[], lang: Lang): string {
  const southern = rows.filter((row) => (row.place === "st-chiapas" || row.place === "of-tapachula") && row.share_percent !== undefined);
  const low = [...southern].sort((a, b) => (a.share_percent ?? 0) - (b.share_percent ?? 0))[0];
  const high = [...southern].sort((a, b) => (b.share_percent ?? 0) - (a.share_percent ?? 0))[0];
  if (!low || !high) return t(lang, "chart.no_data");
  return t(lang, "chart.asylum-requests-by-office.summary", {
    count: southern.length,
    low: formatPercent(lang, (low.share_percent ?? 0) / 100),
    lowPlace: placeName(low.place, lang),
    lowPeriod: periodLabel(lang, low.period_start, low.period_end, false),
    high: formatPercent(lang, (high.share_percent ?? 0) / 100),
    highPlace: placeName(high.place, lang),
    highPeriod: periodLabel(lang, high.period_start, high.period_end, false),
  });
}

export const asylumRequestsByOfficeChart: ChartDefinition<Row> = {
  id: "asylum-requests-by-office",
  datasetId: "asylum-requests-by-office",
  load: () => loadAsylumRequestsByOffice(),
  spec: asylumRequestsByOfficeSpec,
  summary: asylumRequestsByOfficeSummary,
  table: [
    { header: (lang) => t(lang, "table.place"), cell: (row, lang) => placeName(row.place, lang) },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
    { header: (lang) => t(lang, "table.people"), cell: (row, lang) => (row.requests === undefined ? "—" : formatCount(lang, row.requests)), numeric: true },
    { header: (lang) => t(lang, "table.share_national"), cell: (row, lang) => (row.share_percent === undefined ? "—" : formatPercent(lang, row.share_percent / 100, row.share_percent % 1 === 0 ? 0 : 1)), numeric: true },
  ],
  rowSource: (row) => row.source,
  // Each row is an office or state: the choropleth shows the same breakdown, for the same year.
  places: { chart: "map-requests-by-state", carry: ["year"] },
  legend: (rows, lang) => uncertainLegend(rows, lang),
  views: (rows) => {
    const years = [...snapshotsByYear(rows).keys()].map(String);
    return [{ name: "year", values: years, fallback: years.at(-1) ?? "" }];
  },
  variant: "year",
  viewLabels: (lang) => {
    const snapshots = snapshotsByYear(loadAsylumRequestsByOffice().rows);
    return {
      year: {
        label: t(lang, "view.year.label"),
        options: Object.fromEntries([...snapshots].map(([year, group]) => [String(year), periodLabel(lang, (group[0] as CountRow).period_start, (group[0] as CountRow).period_end, false)])),
      },
    };
  },
};
