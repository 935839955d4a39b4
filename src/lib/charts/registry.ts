import type { Lang } from "~/i18n";
import { defaultRender, prepareChart, type PreparedChart } from "./prepare";
import { asylumRequestsByYearChart } from "./specs/asylum-requests-by-year";
import { CHART_IDS, type ChartId } from "./types";

/**
 * Every chart on the site. Adding a chart = adding its dataset, its spec module, its id in
 * CHART_IDS and its line here; pages, embeds, downloads and tests pick it up.
 */
const CHARTS = {
  "asylum-requests-by-year": (lang: Lang) => prepareChart(asylumRequestsByYearChart, lang),
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
