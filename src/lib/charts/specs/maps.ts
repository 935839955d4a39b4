import { t, type Lang } from "~/i18n";
import { formatCount, formatIsoDate, formatPercent } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { nationalTotal } from "~/lib/stats/national-total";
import { quantity, share } from "~/lib/stats/quantity";
import { latestFacilityCounts, officesWithYear, requestsByStateAndYear, type Facility, type StateValue } from "~/lib/geo/map-layers";
import { loadAsylumRequestsByOffice } from "~/lib/data/datasets/asylum-requests-by-office";
import { loadComarOffices } from "~/lib/data/datasets/comar-offices";
import { loadDetentionCapacity } from "~/lib/data/datasets/detention-capacity";
import type { ViewParam } from "~/lib/url/view-state";
import { overCapacity } from "./detention-overcrowding";
import { stateSlugs } from "~/lib/geo/state-panel";
import { detentionLegend, mapStateStyles, mapViewStyles, mexicoMapSpec, officesLegend, placeName, requestsLegend, type MapLayers } from "./mexico-map";
import type { ChartDefinition, TableColumn } from "../types";

type OfficeRow = ReturnType<typeof officesWithYear>[number];

/** Maps are one SVG that scales to any width (points sized per container by CSS; see mexico-map.ts). */
const MAP_LAYOUTS = ["wide"] as const;

const latestYear = (years: readonly number[]) => years[years.length - 1] ?? new Date().getUTCFullYear();

/** Years for the offices' year control: from the earliest dated office to the latest. */
function officeYears(offices: readonly OfficeRow[]): number[] {
  const dated = offices.map((o) => o.fromYear).filter((y): y is number => y !== undefined);
  if (dated.length === 0) return [];
  const first = Math.min(...dated);
  const last = Math.max(...dated);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** `?state=<slug>`: one of the 32 states of data/places.csv, or "none" (the default). */
const stateView = (): ViewParam => ({ name: "state", values: ["none", ...stateSlugs()], fallback: "none" });
const stateLabels = (lang: Lang) => ({ label: t(lang, "view.state.label"), options: { none: t(lang, "view.state.none"), ...Object.fromEntries(stateSlugs().map((slug) => [slug, placeName(`st-${slug}`, lang)])) } });

const yearView = (years: readonly number[], fallback: number): ViewParam => ({ name: "year", values: years.map(String), fallback: String(fallback) });

const officeColumns: Array<TableColumn<OfficeRow>> = [
  { header: (lang) => t(lang, "table.office"), cell: (o, lang) => placeName(o.office, lang) },
  { header: (lang) => t(lang, "table.state"), cell: (o, lang) => placeName(o.state, lang) },
  { header: (lang) => t(lang, "table.opened"), cell: (o, lang) => (o.opened ? `${o.opened_qualifier === "by" ? "≤ " : ""}${formatIsoDate(lang, o.opened)}` : "—") },
  { header: (lang) => t(lang, "table.status"), cell: (o, lang) => t(lang, `map.status_${o.status}`) },
];

/** map-comar-offices: the offices, hidden before the year they are known to be open. */
export const mapComarOfficesChart: ChartDefinition<OfficeRow> = {
  id: "map-comar-offices",
  datasetId: "comar-offices",
  load: () => ({ meta: loadComarOffices().meta, rows: officesWithYear() }),
  spec: (rows, options) => mexicoMapSpec({ offices: rows, year: latestYear(officeYears(rows)) }, options),
  summary: (rows, lang) => {
    const years = officeYears(rows);
    const earlyYear = years[0];
    if (earlyYear === undefined) return t(lang, "chart.no_data");
    return t(lang, "chart.map-comar-offices.summary", {
      early: rows.filter((o) => o.fromYear !== undefined && o.fromYear <= earlyYear).length,
      earlyYear,
      count: rows.length,
      states: new Set(rows.map((o) => o.state)).size,
      undated: rows.filter((o) => o.fromYear === undefined).length,
    });
  },
  legend: (_rows, lang) => officesLegend(lang),
  table: officeColumns,
  rowSource: (o) => o.source,
  layouts: MAP_LAYOUTS,
  views: (rows) => {
    const years = officeYears(rows);
    return [yearView(years, latestYear(years))];
  },
  viewLabels: (lang) => ({ year: { label: t(lang, "view.year.map_label"), options: {} } }),
  viewStyles: (rows, figureId) => mapViewStyles(figureId, { offices: rows, year: latestYear(officeYears(rows)) }, officeYears(rows)),
};

/** Rebuilds the by-year map from the flat rows a chart carries. */
function byYear(rows: readonly StateValue[]): Map<number, StateValue[]> {
  const map = new Map<number, StateValue[]>();
  for (const row of rows) map.set(row.year, [...(map.get(row.year) ?? []), row]);
  return map;
}

function requestsSummary(rows: readonly StateValue[], lang: Lang): string {
  const years = [...byYear(rows).keys()].sort((a, b) => a - b);
  const last = latestYear(years);
  const latest = byYear(rows).get(last) ?? [];
  const top = latest[0];
  if (!top) return t(lang, "chart.no_data");
  const sameTopEveryYear = years.every((year) => byYear(rows).get(year)?.[0]?.state === top.state);
  // The share is of COMAR's national total for the same months, never of the states listed
  // (a subtotal); without a published national total, no share is given.
  const national = nationalTotal(top.period_start, top.period_end);
  const vars = {
    top: placeName(top.state, lang),
    period: periodLabel(lang, top.period_start, top.period_end, false),
    topCount: formatCount(lang, top.requests),
  };
  const base = sameTopEveryYear ? "chart.map-requests-by-state.summary" : "chart.map-requests-by-state.summary_latest";
  if (!national) return t(lang, `${base}_no_total`, vars);
  return t(lang, base, { ...vars, national: formatCount(lang, national.value), share: formatPercent(lang, share(quantity(top.requests, "people", `${top.state} ${top.period_end}`), national)) });
}

/** map-requests-by-state: the choropleth, one published breakdown per year. */
export const mapRequestsByStateChart: ChartDefinition<StateValue> = {
  id: "map-requests-by-state",
  datasetId: "asylum-requests-by-office",
  load: () => ({ meta: loadAsylumRequestsByOffice().meta, rows: [...requestsByStateAndYear().values()].flat() }),
  spec: (rows, options) => mexicoMapSpec({ requests: byYear(rows), year: latestYear([...byYear(rows).keys()].sort((a, b) => a - b)) }, options),
  summary: requestsSummary,
  legend: (_rows, lang) => requestsLegend(lang),
  table: [
    { header: (lang) => t(lang, "table.state"), cell: (v, lang) => placeName(v.state, lang) },
    { header: (lang) => t(lang, "table.period"), cell: (v, lang) => periodLabel(lang, v.period_start, v.period_end, false) },
    { header: (lang) => t(lang, "table.people"), cell: (v, lang) => formatCount(lang, v.requests), numeric: true },
  ],
  rowSource: (v) => v.source,
  layouts: MAP_LAYOUTS,
  views: (rows) => {
    const years = [...byYear(rows).keys()].sort((a, b) => a - b);
    // ?state= outlines one state here too, so a link or embed from the atlas keeps its state.
    return [yearView(years, latestYear(years)), stateView()];
  },
  viewLabels: (lang) => {
    const rows = [...requestsByStateAndYear().values()].flat();
    return { year: { label: t(lang, "view.year.label"), options: Object.fromEntries([...byYear(rows)].map(([year, values]) => [String(year), periodLabel(lang, values[0]?.period_start ?? "", values[0]?.period_end ?? "", false)])) }, state: stateLabels(lang) };
  },
  viewStyles: (rows, figureId) => {
    const years = [...byYear(rows).keys()].sort((a, b) => a - b);
    return `${mapViewStyles(figureId, { requests: byYear(rows), year: latestYear(years) }, years)}\n${mapStateStyles(figureId, stateSlugs())}`;
  },
};

/** map-detention: detention sites at their latest count. */
export const mapDetentionChart: ChartDefinition<Facility> = {
  id: "map-detention",
  datasetId: "detention-capacity",
  load: () => ({ meta: loadDetentionCapacity().meta, rows: latestFacilityCounts().sort((a, b) => overCapacity(b) - overCapacity(a)) }),
  spec: (rows, options) => mexicoMapSpec({ detention: rows, year: 0 }, options),
  summary: (rows, lang) => {
    const worst = rows[0];
    if (!worst) return t(lang, "chart.no_data");
    return t(lang, "chart.map-detention.summary", {
      count: rows.length,
      over: rows.filter((f) => overCapacity(f) > 0).length,
      worst: `${lang === "es" ? worst.name_es : worst.name_en}, ${worst.city ?? ""}`,
      worstOver: formatPercent(lang, overCapacity(worst)),
      worstDate: formatIsoDate(lang, worst.count_date),
    });
  },
  legend: (_rows, lang) => detentionLegend(lang),
  legendNotes: (lang) => [t(lang, "map.size_note")],
  table: [
    { header: (lang) => t(lang, "table.facility"), cell: (f, lang) => `${lang === "es" ? f.name_es : f.name_en}, ${f.city ?? ""}` },
    { header: (lang) => t(lang, "table.date"), cell: (f, lang) => formatIsoDate(lang, f.count_date) },
    { header: (lang) => t(lang, "chart.detention-overcrowding.column_held"), cell: (f, lang) => formatCount(lang, f.held), numeric: true },
    { header: (lang) => t(lang, "chart.detention-overcrowding.column_capacity"), cell: (f, lang) => formatCount(lang, f.capacity), numeric: true },
    { header: (lang) => t(lang, "chart.detention-overcrowding.column_over"), cell: (f, lang) => formatPercent(lang, overCapacity(f)), numeric: true },
  ],
  rowSource: (f) => f.source,
  layouts: MAP_LAYOUTS,
};

/** The layers of the atlas at /map/, drawn together; see mapAtlas(). */
export function atlasLayers(): Required<Pick<MapLayers, "offices" | "requests" | "detention">> {
  return { offices: officesWithYear(), requests: requestsByStateAndYear(), detention: latestFacilityCounts() };
}

/** One row of the atlas: a point or a state value, tagged with its layer. */
export type AtlasRow =
  | { layer: "offices"; office: OfficeRow; source: string }
  | { layer: "detention"; facility: Facility; source: string }
  | { layer: "requests"; value: StateValue; source: string };

export const ATLAS_LAYERS = ["offices", "requests", "detention"] as const;

function atlasParts(rows: readonly AtlasRow[]) {
  const offices = rows.flatMap((r) => (r.layer === "offices" ? [r.office] : []));
  const detention = rows.flatMap((r) => (r.layer === "detention" ? [r.facility] : []));
  const requests = byYear(rows.flatMap((r) => (r.layer === "requests" ? [r.value] : [])));
  const requestYears = [...requests.keys()].sort((a, b) => a - b);
  const allYears = [...new Set([...officeYears(offices), ...requestYears])].sort((a, b) => a - b);
  const years = allYears.length > 0 ? Array.from({ length: (allYears.at(-1) as number) - (allYears[0] as number) + 1 }, (_, i) => (allYears[0] as number) + i) : [];
  return { offices, detention, requests, years, defaultYear: latestYear(requestYears) };
}

const atlasName = (row: AtlasRow, lang: Lang) =>
  row.layer === "offices" ? placeName(row.office.office, lang) : row.layer === "detention" ? `${lang === "es" ? row.facility.name_es : row.facility.name_en}, ${row.facility.city ?? ""}` : placeName(row.value.state, lang);

const atlasDetail = (row: AtlasRow, lang: Lang) =>
  row.layer === "offices"
    ? `${t(lang, "table.opened")}: ${row.office.opened ? formatIsoDate(lang, row.office.opened) : "—"} · ${t(lang, `map.status_${row.office.status}`)}`
    : row.layer === "detention"
      ? t(lang, "map.tooltip_facility", { name: "", date: formatIsoDate(lang, row.facility.count_date), held: formatCount(lang, row.facility.held), capacity: formatCount(lang, row.facility.capacity), over: formatPercent(lang, overCapacity(row.facility)) }).replace(/^, /, "")
      : `${formatCount(lang, row.value.requests)} (${periodLabel(lang, row.value.period_start, row.value.period_end, false)})`;

/**
 * The atlas at /map/: all three layers in one map, with layer toggles and a year in the URL
 * (`?layers=offices,detention&year=2023`). Its table lists every point and state value.
 */
export const atlasChart: ChartDefinition<AtlasRow> = {
  id: "atlas",
  datasetId: "comar-offices",
  load: () => {
    const layers = atlasLayers();
    const rows: AtlasRow[] = [
      ...layers.offices.map((office) => ({ layer: "offices" as const, office, source: office.source })),
      ...[...layers.requests.values()].flat().map((value) => ({ layer: "requests" as const, value, source: value.source })),
      ...layers.detention.map((facility) => ({ layer: "detention" as const, facility, source: facility.source })),
    ];
    return { meta: loadComarOffices().meta, rows };
  },
  spec: (rows, options) => {
    const { offices, detention, requests, defaultYear } = atlasParts(rows);
    return mexicoMapSpec({ offices, detention, requests, year: defaultYear }, options);
  },
  summary: (rows, lang) => {
    const { offices, detention, requests } = atlasParts(rows);
    return t(lang, "chart.atlas.summary", { offices: offices.length, facilities: detention.length, breakdowns: requests.size });
  },
  legend: (_rows, lang) => [
    ...requestsLegend(lang).map((item) => ({ ...item, group: "requests" })),
    ...detentionLegend(lang).map((item) => ({ ...item, group: "detention" })),
    ...officesLegend(lang).map((item) => ({ ...item, group: "offices" })),
  ],
  legendNotes: (lang) => [t(lang, "map.size_note")],
  table: [
    { header: (lang) => t(lang, "table.layer"), cell: (row, lang) => t(lang, `view.layers.${row.layer}`) },
    { header: (lang) => t(lang, "table.place"), cell: atlasName },
    { header: (lang) => t(lang, "table.value"), cell: atlasDetail },
  ],
  rowSource: (row) => row.source,
  layouts: MAP_LAYOUTS,
  views: (rows) => {
    const { years, defaultYear } = atlasParts(rows);
    return [
      { name: "layers", values: ATLAS_LAYERS, fallback: ATLAS_LAYERS.join(","), list: true },
      yearView(years, defaultYear),
      // The selected state (issue 17): its outline and its panel beside the map.
      stateView(),
    ];
  },
  viewLabels: (lang) => ({
    layers: { label: t(lang, "view.layers.label"), options: Object.fromEntries(ATLAS_LAYERS.map((layer) => [layer, t(lang, `view.layers.${layer}`)])) },
    year: { label: t(lang, "view.year.map_label"), options: {} },
    state: stateLabels(lang),
  }),
  viewStyles: (rows, figureId) => {
    const { offices, detention, requests, years, defaultYear } = atlasParts(rows);
    return `${mapViewStyles(figureId, { offices, detention, requests, year: defaultYear }, years)}\n${mapStateStyles(figureId, stateSlugs())}`;
  },
};
