import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadComarBacklog } from "~/lib/data/datasets/comar-backlog";
import { formatCompact, formatCount, formatIsoDate, formatMultiple } from "~/lib/format";
import { quantity, ratio } from "~/lib/stats/quantity";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type Row = ReturnType<typeof loadComarBacklog>["rows"][number];

/** Minimum time between two labelled counts (about three months). */
const LABEL_GAP_MS = 90 * 24 * 60 * 60 * 1000;

/** Mid-point of the period an ISO date names (a month's 15th, a year's 1 July), in UTC. */
function toDate(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, (month ?? 7) - 1, day ?? (month ? 15 : 1)));
}

/**
 * Pending requests at each sourced date: a dot per count, joined by a thin line, labelled with
 * the value. Dates are irregular, so the x axis is a time scale, not one band per year.
 */
export function comarBacklogSpec(rows: readonly Row[], { lang, layout, width }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const data = [...rows].sort((a, b) => a.date.localeCompare(b.date)).map((row) => ({ ...row, when: toDate(row.date) }));
  return {
    width,
    height: size.height,
    marginTop: 30,
    marginLeft: compact ? 40 : 52,
    marginRight: compact ? 24 : 40,
    style: baseStyle(size.fontSize),
    x: { type: "utc", label: null, ticks: compact ? 4 : 7, tickFormat: (d: Date) => String(d.getUTCFullYear()) },
    y: { grid: true, domain: [0, Math.max(...data.map((d) => d.pending)) * 1.1], label: t(lang, "chart.comar-backlog.axis"), labelArrow: false, ticks: compact ? 4 : 6, tickFormat: (v: number) => formatCompact(lang, v) },
    marks: [
      Plot.lineY(data, { x: "when", y: "pending", stroke: "currentColor", strokeOpacity: 0.45, strokeDasharray: "4,3", className: "mark-primary" }),
      // Counts of people are solid; counts whose source does not say what they count are hollow.
      Plot.dot(data, {
        x: "when",
        y: "pending",
        r: 6,
        fill: (row: Row) => (row.unit === "people" ? "currentColor" : "none"),
        stroke: "currentColor",
        strokeWidth: 2,
        className: "mark-primary",
        title: (row: Row) => t(lang, `chart.comar-backlog.tooltip_${row.unit}`, { date: formatIsoDate(lang, row.date), count: formatCount(lang, row.pending) }),
      }),
      // Counts less than ~3 months before the next one are left to their tooltip, so labels never overlap.
      Plot.text(data.filter((row, i) => i === data.length - 1 || (data[i + 1] as (typeof data)[number]).when.getTime() - row.when.getTime() > LABEL_GAP_MS), {
        x: "when",
        y: "pending",
        text: (row: Row) => formatCompact(lang, row.pending),
        dy: -14,
        fill: "currentColor",
        className: "mark-label",
        fontWeight: 600,
      }),
      Plot.ruleY([0], { className: "mark-axis" }),
    ],
  };
}

/** First and last counts of people: counts of unstated unit are never compared (quantity.ts). */
export function comarBacklogSummary(rows: readonly Row[], lang: Lang): string {
  const sorted = [...rows].filter((row) => row.unit === "people").sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return t(lang, "chart.no_data");
  const vars = {
    first: formatCount(lang, first.pending),
    firstDate: formatIsoDate(lang, first.date),
    last: formatCount(lang, last.pending),
    lastDate: formatIsoDate(lang, last.date),
    count: rows.length,
    unstated: rows.length - sorted.length,
  };
  if (first !== last && vars.unstated > 0) {
    return t(lang, "chart.comar-backlog.summary", { ...vars, multiple: formatMultiple(lang, ratio(quantity(last.pending, last.unit, last.date), quantity(first.pending, first.unit, first.date))) });
  }
  // A range of years may hold a single count of people, or no count of unstated unit.
  const core =
    first === last
      ? t(lang, "chart.comar-backlog.summary_single", vars)
      : t(lang, "chart.comar-backlog.summary_change", { ...vars, multiple: formatMultiple(lang, ratio(quantity(last.pending, last.unit, last.date), quantity(first.pending, first.unit, first.date))) });
  return vars.unstated > 0 ? `${core} ${t(lang, "chart.comar-backlog.summary_unstated", vars)}` : core;
}

export const comarBacklogChart: ChartDefinition<Row> = {
  id: "comar-backlog",
  datasetId: "comar-backlog",
  load: () => {
    const { meta, rows } = loadComarBacklog();
    return { meta, rows: [...rows].sort((a, b) => a.date.localeCompare(b.date)) };
  },
  spec: comarBacklogSpec,
  summary: comarBacklogSummary,
  table: [
    { header: (lang) => t(lang, "table.date"), cell: (row, lang) => formatIsoDate(lang, row.date) },
    { header: (lang) => t(lang, "chart.comar-backlog.column_pending"), cell: (row, lang) => formatCount(lang, row.pending), numeric: true },
    { header: (lang) => t(lang, "chart.comar-backlog.column_unit"), cell: (row, lang) => t(lang, `chart.comar-backlog.unit_${row.unit}`) },
  ],
  legend: (_rows, lang) => [
    { key: "people", label: t(lang, "chart.comar-backlog.unit_people"), color: "currentColor", shape: "circle" },
    { key: "unstated", label: t(lang, "chart.comar-backlog.unit_unstated"), color: "transparent", shape: "circle" },
  ],
  rowSource: (row) => row.source,
  timeRange: { year: (row) => Number(row.date.slice(0, 4)) },
};
