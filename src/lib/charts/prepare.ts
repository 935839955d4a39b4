import { t, localizePath, type Lang } from "~/i18n";
import type { DatasetMeta, Revision } from "~/lib/data/metadata";
import { loadSources, type Source } from "~/lib/data/sources";
import { renderPlot } from "./render";
import { CHART_SIZE_PX } from "./theme";
import type { ChartDefinition, ChartId, ChartLayout } from "./types";

export interface TableCell {
  text: string;
  href?: string;
  numeric?: boolean;
}

/** A chart ready for any page: every string localized, SVGs rendered, sources resolved. */
export interface PreparedChart {
  id: ChartId;
  lang: Lang;
  title: string;
  subtitle: string;
  summary: string;
  svg: Record<ChartLayout, string>;
  table: { headers: Array<{ text: string; numeric: boolean }>; rows: TableCell[][] };
  notes: string[];
  sources: Source[];
  revisions: Array<Revision & { sourceRecord: Source }>;
  meta: DatasetMeta;
  links: { page: string; embed: string; csv: string; json: string; methodology: string };
}

function chartText(lang: Lang, id: ChartId, part: "title" | "subtitle"): string {
  return t(lang, `chart.${id}.${part}` as Parameters<typeof t>[1]);
}

/** Runs a chart definition end to end: load data, render both layouts, build table and source list. */
export function prepareChart<Row>(definition: ChartDefinition<Row>, lang: Lang): PreparedChart {
  const { meta, rows } = definition.load();
  const registry = loadSources();
  const summary = definition.summary(rows, lang);
  const svg = {} as Record<ChartLayout, string>;
  for (const layout of ["compact", "wide"] as const) {
    const spec = definition.spec(rows, { lang, layout, width: CHART_SIZE_PX[layout].width });
    svg[layout] = renderPlot(spec, { ariaLabel: summary });
  }
  const resolve = (id: string): Source => {
    const source = registry.get(id);
    if (!source) throw new Error(`chart ${definition.id}: source "${id}" is not in data/sources.csv`);
    return source;
  };
  const rowSourceIds = rows.map(definition.rowSource);
  const sources = [...new Set(rowSourceIds)].map(resolve);
  const sourcesHref = (id: string) => `${localizePath(lang, "/sources/")}#${id}`;
  const table = {
    headers: [
      ...definition.table.map((column) => ({ text: column.header(lang), numeric: column.numeric ?? false })),
      { text: t(lang, "table.source"), numeric: false },
    ],
    rows: rows.map((row, index) => {
      const sourceId = rowSourceIds[index] as string;
      return [
        ...definition.table.map((column): TableCell => ({ text: column.cell(row, lang), numeric: column.numeric ?? false })),
        { text: resolve(sourceId).publisher, href: sourcesHref(sourceId) },
      ];
    }),
  };
  return {
    id: definition.id,
    lang,
    title: chartText(lang, definition.id, "title"),
    subtitle: chartText(lang, definition.id, "subtitle"),
    summary,
    svg,
    table,
    notes: meta.caveats.map((caveat) => caveat[lang]),
    sources,
    revisions: meta.revisions.map((revision) => ({ ...revision, sourceRecord: resolve(revision.source) })),
    meta,
    links: {
      page: localizePath(lang, `/charts/${definition.id}/`),
      embed: localizePath(lang, `/embed/${definition.id}/`),
      csv: `/data/${definition.datasetId}.csv`,
      json: `/data/${definition.datasetId}.json`,
      methodology: `${localizePath(lang, "/methodology/")}#${definition.datasetId}`,
    },
  };
}
