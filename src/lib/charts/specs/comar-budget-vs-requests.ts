import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadComarBudget } from "~/lib/data/datasets/comar-budget";
import { isFullYear, loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { formatCompact, formatCount, formatMultiple, formatPesos } from "~/lib/format";
import { quantity, rate, ratio } from "~/lib/stats/quantity";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type BudgetRow = ReturnType<typeof loadComarBudget>["rows"][number];

/** One year: COMAR's budget (nominal pesos) beside the people who applied that year. */
export interface BudgetYear {
  year: number;
  /** The figure drawn: approved (or proposed) where given, else exercised. Nominal MXN. */
  pesos: number;
  kind: "approved" | "proposed" | "exercised";
  exercised: number | undefined;
  /** People who applied in the full calendar year (asylum-requests-by-year); undefined if not a full year. */
  requests: number | undefined;
  /** pesos ÷ requests; undefined without a full-year request count. */
  perRequest: number | undefined;
  source: string;
  requestsSource: string | undefined;
}

/** Joins the budget with the yearly requests series (full years only). */
export function joinBudgetAndRequests(budget: readonly BudgetRow[], requests: ReturnType<typeof loadAsylumRequestsByYear>["rows"]): BudgetYear[] {
  const fullYears = new Map(requests.filter(isFullYear).map((row) => [row.year, row]));
  return budget.flatMap((row) => {
    const pesos = row.approved_pesos ?? row.exercised_pesos;
    if (pesos === undefined) return [];
    const kind = row.approved_pesos === undefined ? "exercised" : row.approved_stage;
    const request = fullYears.get(row.year);
    return [{
      year: row.year,
      pesos,
      kind,
      exercised: row.exercised_pesos,
      requests: request?.requests,
      perRequest: request ? rate(quantity(pesos, "pesos", `budget ${row.year}`), quantity(request.requests, "people", `requests ${row.year}`)) : undefined,
      source: row.source,
      requestsSource: request?.source,
    }];
  });
}

/**
 * `variant` "budget": bars of the yearly budget in nominal pesos (a proposal outlined and
 * labelled). "per-request": pesos per person who applied, for years with both figures.
 */
export function comarBudgetSpec(rows: readonly BudgetYear[], { lang, layout, width, variant = "budget" }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const perRequest = variant === "per-request";
  const data = perRequest ? rows.filter((row) => row.perRequest !== undefined) : [...rows];
  const tooltip = (row: BudgetYear) =>
    perRequest
      ? t(lang, "chart.comar-budget-vs-requests.tooltip_per_request", { year: row.year, perRequest: formatPesos(lang, row.perRequest ?? 0), pesos: formatPesos(lang, row.pesos), requests: formatCount(lang, row.requests ?? 0) })
      : t(lang, `chart.comar-budget-vs-requests.tooltip_${row.kind}`, { year: row.year, pesos: formatPesos(lang, row.pesos) });
  const tick = (year: number) => (compact ? (year % 2 === 0 ? `’${String(year).slice(2)}` : "") : String(year));
  // Every year in the range gets a slot, so a year without a sourced figure shows as a gap.
  const years = data.map((row) => row.year);
  const domain = years.length > 0 ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) : [];
  return {
    width,
    height: size.height,
    marginTop: 30,
    marginLeft: compact ? 48 : 64,
    marginRight: compact ? 8 : 16,
    style: baseStyle(size.fontSize),
    x: { type: "band", domain, label: null, padding: 0.2, tickFormat: tick },
    y: {
      grid: true,
      label: t(lang, perRequest ? "chart.comar-budget-vs-requests.axis_per_request" : "chart.comar-budget-vs-requests.axis"),
      labelArrow: false,
      ticks: compact ? 4 : 6,
      tickFormat: (v: number) => (perRequest ? formatCompact(lang, v) : formatCompact(lang, v)),
    },
    marks: perRequest
      ? [
          Plot.barY(data, { x: "year", y: "perRequest", fill: "currentColor", className: "mark-primary", title: tooltip }),
          Plot.text(data, { x: "year", y: "perRequest", text: (row: BudgetYear) => formatCompact(lang, row.perRequest ?? 0), dy: -8, fill: "currentColor", className: "mark-label", filter: (_: BudgetYear, i: number) => !compact || i % 2 === 0 }),
          Plot.ruleY([0], { className: "mark-axis" }),
        ]
      : [
          Plot.barY(data.filter((row) => row.kind !== "proposed"), { x: "year", y: "pesos", fill: "currentColor", className: "mark-primary", title: tooltip }),
          Plot.barY(data.filter((row) => row.kind === "proposed"), { x: "year", y: "pesos", fill: "currentColor", fillOpacity: 0.3, stroke: "currentColor", strokeDasharray: "3,2", className: "mark-partial", title: tooltip }),
          Plot.text(data.filter((row) => row.kind === "proposed"), { x: "year", y: 0, text: () => t(lang, "chart.comar-budget-vs-requests.proposal"), rotate: -90, textAnchor: "start", dy: -6, fill: "currentColor", fontWeight: 600, className: "mark-label" }),
          Plot.ruleY([0], { className: "mark-axis" }),
        ],
  };
}

/**
 * Budget change and pesos per request from the first to the last year with an approved budget
 * and a full-year request count (spent or proposed amounts are not compared with approved ones).
 */
export function comarBudgetSummary(rows: readonly BudgetYear[], lang: Lang): string {
  const both = rows.filter((row) => row.perRequest !== undefined && row.kind === "approved");
  const first = both[0];
  const last = both[both.length - 1];
  if (!first || !last) return t(lang, "chart.no_data");
  // A range of years may hold one year, or years in which the budget per person rose.
  const form = first === last ? "summary_single" : (last.perRequest ?? 0) > (first.perRequest ?? 0) ? "summary_rose" : "summary";
  return t(lang, `chart.comar-budget-vs-requests.${form}`, {
    firstYear: first.year,
    lastYear: last.year,
    firstPesos: formatPesos(lang, first.pesos),
    lastPesos: formatPesos(lang, last.pesos),
    budgetMultiple: formatMultiple(lang, ratio(quantity(last.pesos, "pesos", `budget ${last.year}`), quantity(first.pesos, "pesos", `budget ${first.year}`))),
    requestsMultiple: formatMultiple(lang, ratio(quantity(last.requests ?? 0, "people", `requests ${last.year}`), quantity(first.requests ?? 0, "people", `requests ${first.year}`))),
    firstPerRequest: formatPesos(lang, first.perRequest ?? 0),
    lastPerRequest: formatPesos(lang, last.perRequest ?? 0),
  });
}

export const comarBudgetVsRequestsChart: ChartDefinition<BudgetYear> = {
  id: "comar-budget-vs-requests",
  datasetId: "comar-budget",
  load: () => {
    const { meta, rows } = loadComarBudget();
    return { meta, rows: joinBudgetAndRequests(rows, loadAsylumRequestsByYear().rows) };
  },
  spec: comarBudgetSpec,
  summary: comarBudgetSummary,
  table: [
    { header: (lang) => t(lang, "table.year"), cell: (row) => String(row.year) },
    { header: (lang) => t(lang, "chart.comar-budget-vs-requests.column_pesos"), cell: (row, lang) => formatPesos(lang, row.pesos), numeric: true },
    { header: (lang) => t(lang, "chart.comar-budget-vs-requests.column_kind"), cell: (row, lang) => t(lang, `chart.comar-budget-vs-requests.kind_${row.kind}`) },
    { header: (lang) => t(lang, "chart.comar-budget-vs-requests.column_requests"), cell: (row, lang) => (row.requests === undefined ? "—" : formatCount(lang, row.requests)), numeric: true },
    { header: (lang) => t(lang, "chart.comar-budget-vs-requests.column_per_request"), cell: (row, lang) => (row.perRequest === undefined ? "—" : formatPesos(lang, row.perRequest)), numeric: true },
  ],
  rowSource: (row) => row.source,
  timeRange: { year: (row) => row.year },
  views: [{ name: "as", values: ["budget", "per-request"], fallback: "budget" }],
  variant: "as",
  viewLabels: (lang) => ({
    as: { label: t(lang, "view.as.label"), options: { budget: t(lang, "chart.comar-budget-vs-requests.view_budget"), "per-request": t(lang, "chart.comar-budget-vs-requests.view_per_request") } },
  }),
};
