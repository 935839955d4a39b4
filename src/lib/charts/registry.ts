import { dataFolderFiles, FileMemo } from "~/lib/data/files";
import { dataDir } from "~/lib/data/paths";
import type { Lang } from "~/i18n";
import { defaultRender, prepareChart, type PreparedChart } from "./prepare";
import { asylumRequestsByMonthChart } from "./specs/asylum-requests-by-month";
import { asylumRequestsByNationalityChart } from "./specs/asylum-requests-by-nationality";
import { asylumRequestsByNationalityLinesChart } from "./specs/asylum-requests-by-nationality-lines";
import { asylumRequestsByOfficeChart } from "./specs/asylum-requests-by-office";
import { asylumRequestsByOfficeLinesChart } from "./specs/asylum-requests-by-office-lines";
import { asylumRequestsByYearChart } from "./specs/asylum-requests-by-year";
import { comarBacklogChart } from "./specs/comar-backlog";
import { comarBudgetVsRequestsChart } from "./specs/comar-budget-vs-requests";
import { detentionOvercrowdingChart } from "./specs/detention-overcrowding";
import { childrenDetainedChart } from "./specs/children-detained";
import { detentions2019ByMonthChart } from "./specs/detentions-2019-by-month";
import { deportationsByYearChart, detentionsByYearChart } from "./specs/enforcement-yearly";
import { impunityChart } from "./specs/impunity";
import { atlasChart, mapComarOfficesChart, mapDetentionChart, mapRequestsByStateChart } from "./specs/maps";
import { recognitionByNationalityChart } from "./specs/recognition-by-nationality";
import { deportationsToMexicoChart } from "./specs/deportations-to-mexico";
import { remainInMexicoChart } from "./specs/remain-in-mexico";
import { CHART_IDS, type ChartId } from "./types";

/**
 * Every chart on the site. Adding a chart = adding its dataset, its spec module, its id in
 * CHART_IDS and its line here; pages, embeds, downloads and tests pick it up.
 */
const CHARTS = {
  "asylum-requests-by-year": (lang: Lang) => prepareChart(asylumRequestsByYearChart, lang),
  "asylum-requests-by-month": (lang: Lang) => prepareChart(asylumRequestsByMonthChart, lang),
  "asylum-requests-by-nationality": (lang: Lang) => prepareChart(asylumRequestsByNationalityChart, lang),
  "asylum-requests-by-nationality-lines": (lang: Lang) => prepareChart(asylumRequestsByNationalityLinesChart, lang),
  "asylum-requests-by-office": (lang: Lang) => prepareChart(asylumRequestsByOfficeChart, lang),
  "asylum-requests-by-office-lines": (lang: Lang) => prepareChart(asylumRequestsByOfficeLinesChart, lang),
  "comar-budget-vs-requests": (lang: Lang) => prepareChart(comarBudgetVsRequestsChart, lang),
  "comar-backlog": (lang: Lang) => prepareChart(comarBacklogChart, lang),
  "recognition-by-nationality": (lang: Lang) => prepareChart(recognitionByNationalityChart, lang),
  "detention-overcrowding": (lang: Lang) => prepareChart(detentionOvercrowdingChart, lang),
  "detentions-by-year": (lang: Lang) => prepareChart(detentionsByYearChart, lang),
  "detentions-2019-by-month": (lang: Lang) => prepareChart(detentions2019ByMonthChart, lang),
  "deportations-by-year": (lang: Lang) => prepareChart(deportationsByYearChart, lang),
  "remain-in-mexico": (lang: Lang) => prepareChart(remainInMexicoChart, lang),
  "deportations-to-mexico": (lang: Lang) => prepareChart(deportationsToMexicoChart, lang),
  "children-detained": (lang: Lang) => prepareChart(childrenDetainedChart, lang),
  impunity: (lang: Lang) => prepareChart(impunityChart, lang),
  "map-comar-offices": (lang: Lang) => prepareChart(mapComarOfficesChart, lang),
  "map-requests-by-state": (lang: Lang) => prepareChart(mapRequestsByStateChart, lang),
  "map-detention": (lang: Lang) => prepareChart(mapDetentionChart, lang),
} satisfies Record<ChartId, (lang: Lang) => PreparedChart>;

/** The layered map at /map/ (not a chart id: it has its own route). */
const ATLAS = (lang: Lang) => prepareChart(atlasChart, lang);

const prepared = new FileMemo<PreparedChart>();

/**
 * The chart, prepared once per language per build (pages, embeds and the home page share it),
 * and again after any data file changes, so `npm run dev` shows an edit on the next reload.
 */
export function getChart(id: ChartId | "atlas", lang: Lang): PreparedChart {
  return prepared.get(`${id}|${lang}`, dataFolderFiles(dataDir()), () => (id === "atlas" ? ATLAS(lang) : CHARTS[id](lang)));
}

export function isChartId(value: unknown): value is ChartId {
  return typeof value === "string" && (CHART_IDS as readonly string[]).includes(value);
}

export { CHART_IDS, defaultRender, type ChartId };
