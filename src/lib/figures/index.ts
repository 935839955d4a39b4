import { t, type Lang } from "~/i18n";
import { isFullYear, loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { loadComarBudget } from "~/lib/data/datasets/comar-budget";
import { loadCrimesAndImpunity, loadRemainInMexico } from "~/lib/data/datasets/dated-measures";
import { loadDetentionCapacity } from "~/lib/data/datasets/detention-capacity";
import type { ChartId } from "~/lib/charts/types";
import { overCapacity } from "~/lib/charts/specs/detention-overcrowding";
import { crimesAndSentences } from "~/lib/charts/specs/impunity";
import { formatCount, formatIsoDate, formatMultiple, formatPercent, formatPesos } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { qualified } from "~/lib/charts/qualified";
import { quantity, rate, ratio, share } from "~/lib/stats/quantity";

/** A key figure as shown in prose and cards: computed from a dataset, never typed by hand. */
export interface KeyFigure {
  id: FigureId;
  value: string;
  label: string;
  context: string;
  /** Source ids backing the figure. */
  sourceIds: string[];
  /** Canonical chart page that shows it. */
  chartId: ChartId;
}

/** The peak full year of asylum requests, compared with the first year of the series. */
function asylumPeak(lang: Lang): KeyFigure {
  const { rows: all, meta } = loadAsylumRequestsByYear();
  const rows = all.filter(isFullYear);
  const first = rows[0];
  const peak = rows.reduce((best, row) => (row.requests > best.requests ? row : best));
  if (!first) throw new Error("asylumPeak: the dataset has no full year");
  return {
    id: "asylum-requests-peak",
    value: formatCount(lang, peak.requests),
    label: t(lang, "home.figure_label", { year: peak.year }),
    context: t(lang, "home.figure_context", { multiple: formatMultiple(lang, ratio(quantity(peak.requests, meta.unit, String(peak.year)), quantity(first.requests, meta.unit, String(first.year)))), firstCount: formatCount(lang, first.requests), firstYear: first.year }),
    sourceIds: [...new Set([peak.source, first.source])],
    chartId: "asylum-requests-by-year",
  };
}

/** 2015 → 2019, the rise the WOLA report describes, from the series shown. */
function asylumRise(lang: Lang): KeyFigure {
  const { rows: all, meta } = loadAsylumRequestsByYear();
  const rows = new Map(all.map((row) => [row.year, row]));
  const from = rows.get(2015);
  const to = rows.get(2019);
  // The report's own figures are kept as revisions of the series.
  const reported = (year: number) => meta.revisions.find((r) => r.key === String(year) && r.source === "wola-2020-beyond-the-wall");
  const reportFrom = reported(2015);
  const reportTo = reported(2019);
  if (!from || !to || !reportFrom || !reportTo) throw new Error("asylumRise: 2015, 2019 or the WOLA revisions missing");
  return {
    id: "asylum-requests-2015-2019",
    value: formatMultiple(lang, ratio(quantity(to.requests, meta.unit, "2019"), quantity(from.requests, meta.unit, "2015"))),
    label: t(lang, "figures.rise.label", { from: formatCount(lang, from.requests), to: formatCount(lang, to.requests) }),
    context: t(lang, "figures.rise.context", { from: formatCount(lang, reportFrom.value), to: formatCount(lang, reportTo.value) }),
    sourceIds: [...new Set([from.source, to.source, "wola-2020-beyond-the-wall"])],
    chartId: "asylum-requests-by-year",
  };
}

/** The most crowded system-wide detention count (the WOLA report's "61% over capacity"). */
function detentionOverCapacity(lang: Lang): KeyFigure {
  const system = loadDetentionCapacity().rows.filter((row) => row.scope === "system").sort((a, b) => overCapacity(b) - overCapacity(a))[0];
  if (!system) throw new Error("detentionOverCapacity: no system-wide count");
  return {
    id: "detention-over-capacity",
    value: formatPercent(lang, overCapacity(system)),
    label: t(lang, "figures.detention.label", { date: formatIsoDate(lang, system.count_date) }),
    context: t(lang, "figures.detention.context", { held: formatCount(lang, system.held), capacity: formatCount(lang, system.capacity), sites: system.sites ?? "" }),
    sourceIds: [system.source, "wola-2020-beyond-the-wall"],
    chartId: "detention-overcrowding",
  };
}

function impunity(lang: Lang): KeyFigure {
  const pair = crimesAndSentences(loadCrimesAndImpunity().rows);
  if (!pair) throw new Error("impunity: no crimes/sentences pair");
  return {
    id: "crimes-and-sentences",
    value: formatCount(lang, pair.sentences.value),
    label: t(lang, "figures.impunity.label", { crimes: formatCount(lang, pair.crimes.value), period: periodLabel(lang, pair.crimes.period_start, pair.crimes.period_end, false) }),
    context: t(lang, "figures.impunity.context", { share: formatPercent(lang, share(quantity(pair.sentences.value, "events", "sentences"), quantity(pair.crimes.value, "events", "crimes reported")), 1) }),
    sourceIds: [...new Set([pair.crimes.source, pair.sentences.source])],
    chartId: "impunity",
  };
}

function remainInMexico(lang: Lang): KeyFigure {
  const enrolled = loadRemainInMexico().rows.filter((row) => row.measure === "enrolled").sort((a, b) => b.value - a.value)[0];
  if (!enrolled) throw new Error("remainInMexico: no enrolment count");
  return {
    id: "remain-in-mexico",
    value: qualified(enrolled, lang),
    label: t(lang, "figures.mpp.label", { date: formatIsoDate(lang, enrolled.period_end) }),
    context: t(lang, "figures.mpp.context"),
    sourceIds: [enrolled.source],
    chartId: "remain-in-mexico",
  };
}

/** Pesos per person who applied, in the latest year with an approved budget and a full-year count. */
function budgetPerRequest(lang: Lang): KeyFigure {
  const requests = new Map(loadAsylumRequestsByYear().rows.filter(isFullYear).map((row) => [row.year, row]));
  const year = loadComarBudget()
    .rows.filter((row) => row.approved_pesos !== undefined && row.approved_stage === "approved" && requests.has(row.year))
    .sort((a, b) => b.year - a.year)[0];
  const request = year ? requests.get(year.year) : undefined;
  if (!year || !request || year.approved_pesos === undefined) throw new Error("budgetPerRequest: no matching year");
  return {
    id: "budget-per-request",
    value: formatPesos(lang, rate(quantity(year.approved_pesos, "pesos", `budget ${year.year}`), quantity(request.requests, "people", `requests ${request.year}`))),
    label: t(lang, "figures.budget.label", { year: year.year }),
    context: t(lang, "figures.budget.context", { budget: formatPesos(lang, year.approved_pesos), requests: formatCount(lang, request.requests) }),
    sourceIds: [...new Set([year.source, request.source])],
    chartId: "comar-budget-vs-requests",
  };
}

const FIGURES = {
  "detention-over-capacity": detentionOverCapacity,
  "crimes-and-sentences": impunity,
  "asylum-requests-2015-2019": asylumRise,
  "asylum-requests-peak": asylumPeak,
  "remain-in-mexico": remainInMexico,
  "budget-per-request": budgetPerRequest,
} as const;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

export function getFigure(id: FigureId, lang: Lang): KeyFigure {
  return FIGURES[id](lang);
}

/** Kept for the home page. */
export const asylumPeakFigure = asylumPeak;
