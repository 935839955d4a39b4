import { rangeSummaries, type RangeSummaries } from "./range-summaries";
import { t, localizePath, type Lang } from "~/i18n";
import type { DatasetMeta, Revision } from "~/lib/data/metadata";
import { eventsForChart } from "~/lib/data/datasets/policy-events";
import { loadSources, publisherIn, type Source } from "~/lib/data/sources";
import { getCatalogEntry } from "~/lib/data/catalog";
import { asOfText, latestText } from "~/lib/data/as-of";
import type { ViewParam } from "~/lib/url/view-state";
import { renderPlot } from "./render";
import { numberFromText } from "./tabs";
import { CHART_SIZE_PX } from "./theme";
import type { ChartAnnotation, ChartDefinition, ChartId, ChartLayout, LegendItem, ViewLabels } from "./types";

export interface TableCell {
  text: string;
  href?: string;
  numeric?: boolean;
  /** The raw number a numeric cell sorts by (see TableColumn.value); absent when it has none. */
  sortValue?: number;
}

/** A chart ready for any page: every string localized, SVGs rendered, sources resolved. */
export interface PreparedChart {
  id: ChartId | "atlas";
  lang: Lang;
  title: string;
  subtitle: string;
  summary: string;
  /** Every pre-rendered SVG: one per layout, times one per value of the variant parameter. */
  renders: Array<{ layout: ChartLayout; variant: string | undefined; svg: string }>;
  annotations: ChartAnnotation[];
  /** Whether the events are numbered on the chart itself or only listed below it. */
  annotationsDrawn: boolean;
  legend: LegendItem[];
  legendNotes: string[];
  /** CSS applying the view state (see ChartDefinition.viewStyles); empty for most charts. */
  viewStyles: string;
  /** True when only one layout is rendered: it is shown at every width. */
  singleLayout: boolean;
  views: ViewParam[];
  viewLabels: Record<string, ViewLabels>;
  variantParam: string | undefined;
  table: { headers: Array<{ text: string; numeric: boolean }>; rows: TableCell[][]; rowKeys?: string[] };
  /** How the chart computes what it draws (ChartDefinition.method); empty for most charts. */
  method: string[];
  /** The chart's method, then the dataset's caveats. */
  notes: string[];
  sources: Source[];
  revisions: Array<Revision & { sourceRecord: Source }>;
  meta: DatasetMeta;
  /** The rows the chart draws, as plain records (for "the data drawn" downloads). */
  records: Array<Record<string, string | number | boolean | null>>;
  links: { page: string; embed: string; csv: string; json: string; methodology: string };
  /**
   * For charts on a yearly axis (ChartDefinition.timeRange): the years drawn and the year of each
   * row, in the order of `records` and `table.rows`, so a range can filter both in the browser.
   */
  time?: { min: number; max: number; rowYears: number[]; summaries: RangeSummaries };
  /** The map chart showing these rows' places (the Map tab), and the view parameters it carries. */
  places?: { chart: ChartId; carry: readonly string[] };
  /** "Latest data: … Checked: …" for the chart's dataset, in the page's language. */
  asOf: string;
  /** The short form, "Latest data: …", for cards and slides. */
  latest: string;
}

function chartText(lang: Lang, id: ChartId | "atlas", part: "title" | "subtitle"): string {
  return t(lang, `chart.${id}.${part}` as Parameters<typeof t>[1]);
}

/** Runs a chart definition end to end: load data, render both layouts, build table and source list. */
export function prepareChart<Row>(definition: ChartDefinition<Row>, lang: Lang): PreparedChart {
  const { meta, rows } = definition.load();
  const registry = loadSources();
  const summary = definition.summary(rows, lang);
  const annotations = definition.annotated ? annotationsFor(definition.id, lang) : [];
  const declared = typeof definition.views === "function" ? definition.views(rows) : (definition.views ?? []);
  const time = timeOf(definition, rows, summary, lang);
  // An events toggle only makes sense when the chart has events to mark; a time range, when
  // there is more than one year to choose from.
  const views = [
    ...declared.filter((view) => view.name !== "events" || annotations.length > 0),
    ...(time && time.max > time.min ? [{ name: "time", values: [], fallback: "", range: { min: time.min, max: time.max } }] : []),
  ];
  const variantParam = views.find((view) => view.name === definition.variant);
  const renders: PreparedChart["renders"] = [];
  for (const variant of variantParam ? variantParam.values : [undefined]) {
    for (const layout of definition.layouts ?? (["compact", "wide"] as const)) {
      const spec = definition.spec(rows, { lang, layout, width: CHART_SIZE_PX[layout].width, annotations, ...(variant ? { variant } : {}) });
      renders.push({ layout, variant, svg: renderPlot(spec, { ariaLabel: summary, timeAxis: time !== undefined }) });
    }
  }
  const resolve = (id: string): Source => {
    const source = registry.get(id);
    if (!source) throw new Error(`chart ${definition.id}: source "${id}" is not in data/sources.csv`);
    return source;
  };
  const rowSourceIds = rows.map(definition.rowSource);
  const sources = [...new Set([...rowSourceIds, ...(definition.extraSources ? rows.flatMap(definition.extraSources) : [])])].map(resolve);
  const sourcesHref = (id: string) => `${localizePath(lang, "/sources/")}#${id}`;
  const table = {
    headers: [
      ...definition.table.map((column) => ({ text: column.header(lang), numeric: column.numeric ?? false })),
      { text: t(lang, "table.source"), numeric: false },
    ],
    rows: rows.map((row, index) => {
      const sourceId = rowSourceIds[index] as string;
      return [
        ...definition.table.map((column): TableCell => {
          const text = column.cell(row, lang);
          if (!column.numeric) return { text, numeric: false };
          const sortValue = column.value ? column.value(row) : numberFromText(text);
          return { text, numeric: true, ...(sortValue === undefined ? {} : { sortValue }) };
        }),
        { text: publisherIn(resolve(sourceId), lang), href: sourcesHref(sourceId) },
      ];
    }),
    ...(definition.rowKey ? { rowKeys: rows.map(definition.rowKey) } : {}),
  };
  return {
    id: definition.id,
    lang,
    title: chartText(lang, definition.id, "title"),
    subtitle: chartText(lang, definition.id, "subtitle"),
    summary,
    renders,
    annotations,
    annotationsDrawn: definition.annotated === "drawn",
    legend: definition.legend?.(rows, lang) ?? [],
    legendNotes: definition.legendNotes?.(lang) ?? [],
    viewStyles: definition.viewStyles?.(rows, `chart-${definition.id}`) ?? "",
    singleLayout: (definition.layouts?.length ?? 2) === 1,
    views,
    viewLabels: viewLabelsFor(views, lang, definition.viewLabels?.(lang) ?? {}),
    variantParam: variantParam?.name,
    table,
    method: definition.method?.(lang) ?? [],
    notes: [...(definition.method?.(lang) ?? []), ...meta.caveats.map((caveat) => caveat[lang])],
    sources,
    revisions: meta.revisions.map((revision) => ({ ...revision, sourceRecord: resolve(revision.source) })),
    meta,
    records: rows.map(toRecord),
    ...(time ? { time } : {}),
    ...(definition.places ? { places: { chart: definition.places.chart, carry: definition.places.carry ?? [] } } : {}),
    asOf: asOfText(getCatalogEntry(definition.datasetId), registry, lang),
    latest: latestText(getCatalogEntry(definition.datasetId), registry, lang),
    links: {
      // The atlas's page is /map/ (it has no embed of its own: /map/ offers requests by state's).
      page: localizePath(lang, definition.id === "atlas" ? "/map/" : `/charts/${definition.id}/`),
      embed: localizePath(lang, `/embed/${definition.id}/`),
      // The atlas lives at /map/; every other chart at /charts/<id>/.
      csv: `${localizePath(lang, definition.id === "atlas" ? "/map/" : `/charts/${definition.id}/`)}data.csv`,
      json: `${localizePath(lang, definition.id === "atlas" ? "/map/" : `/charts/${definition.id}/`)}data.json`,
      methodology: `${localizePath(lang, "/methodology/")}#${definition.datasetId}`,
    },
  };
}

/** The years a time-series chart draws, and each row's year. */
function timeOf<Row>(definition: ChartDefinition<Row>, rows: Row[], summary: string, lang: Lang): PreparedChart["time"] {
  if (!definition.timeRange || rows.length === 0) return undefined;
  const { year, drawn = () => true } = definition.timeRange;
  const rowYears = rows.map(year);
  const drawnYears = rows.filter(drawn).map(year);
  if (drawnYears.length === 0) return undefined;
  const summaries = rangeSummaries(rows, rowYears, (inside) => definition.summary(inside, lang), summary);
  return { min: Math.min(...drawnYears), max: Math.max(...drawnYears), rowYears, summaries };
}

/** Events marked on a chart, numbered in date order, with titles in the page's language. */
function annotationsFor(id: ChartId | "atlas", lang: Lang): ChartAnnotation[] {
  return eventsForChart(id).map((event, index) => ({
    id: event.id,
    number: index + 1,
    date: event.date,
    year: Number(event.date.slice(0, 4)),
    title: lang === "es" ? event.title_es : event.title_en,
    sourceIds: event.sources,
  }));
}

/** The SVG shown by default for a layout (the variant parameter at its default). */
export function defaultRender(chart: PreparedChart, layout: ChartLayout): string {
  const fallback = chart.views.find((view) => view.name === chart.variantParam)?.fallback;
  // A chart rendered in one layout only (maps) uses it everywhere.
  const render = chart.renders.find((r) => r.layout === layout && r.variant === fallback) ?? chart.renders.find((r) => r.variant === fallback);
  if (!render) throw new Error(`chart ${chart.id}: no ${layout} render`);
  return render.svg;
}

/** Labels for each view control: the chart's own, else the `view.<name>.*` dictionary keys. */
function viewLabelsFor(views: readonly ViewParam[], lang: Lang, own: Record<string, ViewLabels>): Record<string, ViewLabels> {
  const key = (k: string) => k as Parameters<typeof t>[1];
  return Object.fromEntries(
    views.map((view) => own[view.name] ? [view.name, own[view.name] as ViewLabels] : [
      view.name,
      { label: t(lang, key(`view.${view.name}.label`)), options: Object.fromEntries(view.values.map((value) => [value, t(lang, key(`view.${view.name}.${value}`))])) },
    ]),
  );
}

/**
 * A drawn row as a flat record: nested objects (map layers) are flattened with "." and lists
 * joined with spaces; the internal `line` number is dropped.
 */
function toRecord(row: unknown): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  const visit = (value: unknown, prefix: string) => {
    if (value === null || value === undefined) {
      if (prefix) out[prefix] = null;
    } else if (Array.isArray(value)) out[prefix] = value.join(" ");
    else if (typeof value === "object") for (const [key, inner] of Object.entries(value)) visit(inner, prefix ? `${prefix}.${key}` : key);
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[prefix] = value;
  };
  visit(row, "");
  for (const key of Object.keys(out)) if (key === "line" || key.endsWith(".line")) delete out[key];
  return out;
}
