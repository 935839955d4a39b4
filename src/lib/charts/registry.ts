import type { Lang } from "~/i18n";
import { defaultRender, prepareChart, type PreparedChart } from "./prepare";
import { asylumRequestsByNationalityChart } from "./specs/asylum-requests-by-nationality";
import { asylumRequestsByOfficeChart } from "./specs/asylum-requests-by-office";
import { asylumRequestsByYearChart } from "./specs/asylum-requests-by-year";
import { comarBacklogChart } from "./specs/comar-backlog";
import { comarBudgetVsRequestsChart } from "./specs/comar-budget-vs-requests";
import { recognitionByNationalityChart } from "./specs/recognition-by-nationality";
import { CHART_IDS, type ChartId } from "./types";

/**
 * Every chart on the site. Adding a chart = adding its dataset, its spec module, its id in
 * CHART_IDS and its line here; pages, embeds, downloads and tests pick it up.
 */
const CHARTS = {
  "asylum-requests-by-year": (lang: Lang) => prepareChart(asylumRequestsByYearChart, lang),
  "asylum-requests-by-nationality": (lang: Lang) => prepareChart(asylumRequestsByNationalityChart, lang),
  "asylum-requests-by-office": (lang: Lang) => prepareChart(asylumRequestsByOfficeChart, lang),
  "comar-budget-vs-requests": (lang: Lang) => prepareChart(comarBudgetVsRequestsChart, lang),
  "comar-backlog": (lang: Lang) => prepareChart(comarBacklogChart, lang),
  "recognition-by-nationality": (lang: Lang) => prepareChart(recognitionByNationalityChart, lang),
} satisfies Record<ChartId, (lang: Lang) => PreparedChart>;

const cache = new Map<string, PreparedChart>();

/** The chart, prepared once per language per build (pages, embeds and the home page share it). */
export function getChart(id: ChartId, lang: Lang): PreparedChart {
  const key = `${id}|${lang}`;
  let chart = cache.get(key);
  if (!chart) {
    chart = CHARTS[id](lang);
    cache.set(key, chart);
  }
  return chart;
}

export function isChartId(value: unknown): value is ChartId {
  return typeof value === "string" && (CHART_IDS as readonly string[]).includes(value);
}

export { CHART_IDS, defaultRender, type ChartId };
