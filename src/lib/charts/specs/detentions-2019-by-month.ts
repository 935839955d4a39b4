import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadDetentions2019ByMonth } from "~/lib/data/datasets/enforcement-yearly";
import { formatCompact, formatCount, formatIsoDate, formatMultiple } from "~/lib/format";
import { quantity, ratio } from "~/lib/stats/quantity";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type Row = ReturnType<typeof loadDetentions2019ByMonth>["rows"][number];

function monthName(lang: Lang, month: string, style: "short" | "narrow"): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === "es" ? "es-MX" : "en", { month: style, timeZone: "UTC" }).format(new Date(Date.UTC(year, m - 1, 1))).replace(/\.$/, "");
}

const peakOf = (rows: readonly Row[]) => rows.reduce((best, row) => (row.events > best.events ? row : best));

/** Bars per month; the peak month labelled with its value. */
export function detentions2019Spec(rows: readonly Row[], { lang, layout, width }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const data = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const peak = data.length > 0 ? peakOf(data) : undefined;
  return {
    width,
    height: size.height,
    marginTop: 30,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 8 : 16,
    style: baseStyle(size.fontSize),
    x: { type: "band", domain: data.map((row) => row.month), label: null, padding: 0.2, tickFormat: (month: string) => monthName(lang, month, compact ? "narrow" : "short") },
    y: { grid: true, label: t(lang, "chart.detentions-2019-by-month.axis"), labelArrow: false, ticks: compact ? 4 : 6, tickFormat: (v: number) => formatCompact(lang, v) },
    marks: [
      Plot.barY(data, { x: "month", y: "events", fill: "currentColor", className: "mark-primary", title: (row: Row) => t(lang, "chart.detentions-2019-by-month.tooltip", { month: formatIsoDate(lang, row.month), count: formatCount(lang, row.events) }) }),
      Plot.text(peak ? [peak] : [], { x: "month", y: "events", text: (row: Row) => (compact ? formatCompact(lang, row.events) : formatCount(lang, row.events)), dy: -8, fill: "currentColor", fontWeight: 600, className: "mark-label" }),
      Plot.ruleY([0], { className: "mark-axis" }),
    ],
  };
}

/** "Detentions peaked in June 2019 at 31,416 events, 2.5× January's …" */
export function detentions2019Summary(rows: readonly Row[], lang: Lang): string {
  const data = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const first = data[0];
  const last = data[data.length - 1];
  if (!first || !last) return t(lang, "chart.no_data");
  const peak = peakOf(data);
  return t(lang, "chart.detentions-2019-by-month.summary", {
    peakMonth: formatIsoDate(lang, peak.month),
    peak: formatCount(lang, peak.events),
    first: formatCount(lang, first.events),
    firstMonth: formatIsoDate(lang, first.month),
    multiple: formatMultiple(lang, ratio(quantity(peak.events, "events", peak.month), quantity(first.events, "events", first.month))),
    last: formatCount(lang, last.events),
    lastMonth: formatIsoDate(lang, last.month),
  });
}

export const detentions2019ByMonthChart: ChartDefinition<Row> = {
  id: "detentions-2019-by-month",
  datasetId: "detentions-2019-by-month",
  load: () => {
    const { meta, rows } = loadDetentions2019ByMonth();
    return { meta, rows: [...rows].sort((a, b) => a.month.localeCompare(b.month)) };
  },
  spec: detentions2019Spec,
  summary: detentions2019Summary,
  table: [
    { header: (lang) => t(lang, "table.month"), cell: (row, lang) => formatIsoDate(lang, row.month) },
    { header: (lang) => t(lang, "chart.detentions-2019-by-month.column"), cell: (row, lang) => formatCount(lang, row.events), numeric: true },
  ],
  rowSource: (row) => row.source,
};
