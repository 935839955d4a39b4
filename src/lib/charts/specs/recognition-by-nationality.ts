import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadRecognitionByNationality } from "~/lib/data/datasets/recognition-by-nationality";
import { nationalityName } from "~/lib/data/lookups";
import { formatPercent } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { restsOnCopy, uncertainLegend, uncertainTooltip } from "../uncertain";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type Row = ReturnType<typeof loadRecognitionByNationality>["rows"][number];

const ROW_HEIGHT_PX = { compact: 34, wide: 24 } as const;

/** Nationalities ordered by their highest reported rate, highest first. */
function nationalityOrder(rows: readonly Row[]): string[] {
  const best = new Map<string, number>();
  for (const row of rows) best.set(row.nationality, Math.max(best.get(row.nationality) ?? 0, row.rate_percent));
  return [...best].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** One line per nationality and period, sorted by nationality then by period. */
function ordered(rows: readonly Row[]): Row[] {
  const order = nationalityOrder(rows);
  return [...rows].sort((a, b) => order.indexOf(a.nationality) - order.indexOf(b.nationality) || a.period_end.localeCompare(b.period_end) || a.period_start.localeCompare(b.period_start));
}

/**
 * A dot per nationality and period at the share of decisions that granted protection, on a
 * 0–100% scale with a stem from zero. Circles include complementary protection; squares count
 * refugee status only (the `basis` column).
 */
export function recognitionByNationalitySpec(rows: readonly Row[], { lang, layout, width }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const data = ordered(rows).map((row) => ({
    ...row,
    label: compact ? `${nationalityName(row.nationality, lang)}\n${periodLabel(lang, row.period_start, row.period_end, true)}` : `${nationalityName(row.nationality, lang)} · ${periodLabel(lang, row.period_start, row.period_end, true)}`,
    rate: row.rate_percent / 100,
  }));
  const tooltip = (row: (typeof data)[number]) =>
    t(lang, row.basis === "recognized-of-resolved" ? "chart.recognition-by-nationality.tooltip_refugee" : "chart.recognition-by-nationality.tooltip", {
      nationality: nationalityName(row.nationality, lang),
      period: periodLabel(lang, row.period_start, row.period_end, false),
      rate: formatPercent(lang, row.rate, row.rate_percent % 1 === 0 ? 0 : 1),
    });
  return {
    width,
    height: 40 + data.length * ROW_HEIGHT_PX[layout],
    marginLeft: compact ? 132 : 220,
    marginRight: compact ? 36 : 48,
    marginTop: 52,
    style: baseStyle(size.fontSize),
    x: { domain: [0, 1], grid: true, label: t(lang, "chart.recognition-by-nationality.axis"), labelArrow: false, tickFormat: (v: number) => formatPercent(lang, v), ticks: compact ? 3 : 5, axis: "top" },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(data, { y: "label", x1: 0, x2: "rate", stroke: "currentColor", strokeOpacity: 0.35, className: "mark-primary" }),
      Plot.dot(data, {
        y: "label",
        x: "rate",
        r: 6,
        symbol: (row: Row) => (row.basis === "recognized-of-resolved" ? "square" : "circle"),
        // A rate known only from a copy is hollow (uncertain.ts).
        fill: (row: Row) => (restsOnCopy(row.source) ? "none" : "currentColor"),
        stroke: "currentColor",
        strokeWidth: 2,
        className: "mark-primary",
        title: (row: (typeof data)[number]) => uncertainTooltip(lang, tooltip(row), row.source),
        ariaLabel: "nationality",
      }),
      Plot.text(data, { y: "label", x: "rate", text: (row: (typeof data)[number]) => formatPercent(lang, row.rate), dx: 10, textAnchor: "start", fill: "currentColor", className: "mark-label" }),
    ],
  };
}

/** "Across 18 reported periods, applicants from Venezuela were granted protection most often (up to 98%, …) and applicants from Haiti least often (23%, …)." */
export function recognitionByNationalitySummary(rows: readonly Row[], lang: Lang): string {
  if (rows.length === 0) return t(lang, "chart.no_data");
  const top = [...rows].sort((a, b) => b.rate_percent - a.rate_percent)[0] as Row;
  const low = [...rows].sort((a, b) => a.rate_percent - b.rate_percent)[0] as Row;
  return t(lang, "chart.recognition-by-nationality.summary", {
    count: rows.length,
    topNationality: nationalityName(top.nationality, lang),
    topRate: formatPercent(lang, top.rate_percent / 100),
    topPeriod: periodLabel(lang, top.period_start, top.period_end, false),
    lowNationality: nationalityName(low.nationality, lang),
    lowRate: formatPercent(lang, low.rate_percent / 100),
    lowPeriod: periodLabel(lang, low.period_start, low.period_end, false),
  });
}

export const recognitionByNationalityChart: ChartDefinition<Row> = {
  id: "recognition-by-nationality",
  datasetId: "recognition-by-nationality",
  load: () => {
    const { meta, rows } = loadRecognitionByNationality();
    return { meta, rows: ordered(rows) };
  },
  spec: recognitionByNationalitySpec,
  summary: recognitionByNationalitySummary,
  table: [
    { header: (lang) => t(lang, "table.nationality"), cell: (row, lang) => nationalityName(row.nationality, lang) },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
    { header: (lang) => t(lang, "chart.recognition-by-nationality.column_rate"), cell: (row, lang) => formatPercent(lang, row.rate_percent / 100, row.rate_percent % 1 === 0 ? 0 : 1), numeric: true },
    { header: (lang) => t(lang, "chart.recognition-by-nationality.column_basis"), cell: (row, lang) => t(lang, `basis.${row.basis}` as Parameters<typeof t>[1]) },
  ],
  rowSource: (row) => row.source,
  legend: (rows, lang) => [
    { key: "positive", label: t(lang, "basis.positive-of-resolved"), color: "currentColor", shape: "circle" },
    { key: "refugee", label: t(lang, "basis.recognized-of-resolved"), color: "currentColor", shape: "square" },
    ...uncertainLegend(rows, lang),
  ],
};
