import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadDetentionCapacity } from "~/lib/data/datasets/detention-capacity";
import { formatCount, formatIsoDate, formatPercent } from "~/lib/format";
import { baseStyle, CHART_SIZE_PX, wrapLabel } from "../theme";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type Row = ReturnType<typeof loadDetentionCapacity>["rows"][number];

const ROW_HEIGHT_PX = { compact: 62, wide: 40 } as const;
/** Characters per line of a compact label (about 140 px at 13 px type). */
const COMPACT_LABEL_CHARS = 21;
/** About what the wide layout's 330 px left margin holds at its font size. */
const WIDE_LABEL_CHARS = 48;

/** People held above capacity, as a share of capacity: 11,198 held for 6,931 places → 0.616 (62% over). */
export function overCapacity(row: Pick<Row, "held" | "capacity">): number {
  return (row.held - row.capacity) / row.capacity;
}

const facilityName = (row: Row, lang: Lang) => (lang === "es" ? row.name_es : row.name_en);

/** System rows first (newest first), then facilities by how far over capacity they were. */
function ordered(rows: readonly Row[]): Row[] {
  const system = rows.filter((row) => row.scope === "system").sort((a, b) => b.count_date.localeCompare(a.count_date));
  const facilities = rows.filter((row) => row.scope === "facility").sort((a, b) => overCapacity(b) - overCapacity(a));
  return [...system, ...facilities];
}

function rowLabel(row: Row, lang: Lang, compact: boolean): string {
  const where = row.city ? `${facilityName(row, lang)}, ${row.city}` : facilityName(row, lang);
  // The date on a line of its own in both layouts: on one line the Spanish names ran past the left
  // edge of the wide layout ("Todas las estaciones y estancias del INM · 26 de abril de 2020").
  return wrapLabel(`${where}\n${formatIsoDate(lang, row.count_date)}`, compact ? COMPACT_LABEL_CHARS : WIDE_LABEL_CHARS);
}

function overLabel(row: Row, lang: Lang): string {
  const share = overCapacity(row);
  const qualified = (text: string) => (row.held_qualifier === "at-least" ? t(lang, "chart.detention-overcrowding.at_least", { value: text }) : text);
  return share > 0 ? qualified(t(lang, "chart.detention-overcrowding.over", { percent: formatPercent(lang, share) })) : t(lang, "chart.detention-overcrowding.within");
}

/**
 * One line per count: people held as a share of capacity, with a dashed line at 100% (full), so
 * a site 300% over capacity reads at a glance whatever its size; the computed percentage over
 * capacity labels each bar and the counts are in the tooltip and table. The system comes first.
 */
export function detentionOvercrowdingSpec(rows: readonly Row[], { lang, layout, width }: ChartRenderOptions): Plot.PlotOptions {
  const size = CHART_SIZE_PX[layout];
  const compact = layout === "compact";
  const data = ordered(rows).map((row) => ({ ...row, label: rowLabel(row, lang, compact), occupancy: row.held / row.capacity }));
  const max = Math.max(1, ...data.map((row) => row.occupancy));
  const tooltip = (row: Row) =>
    t(lang, "chart.detention-overcrowding.tooltip", {
      name: facilityName(row, lang),
      date: formatIsoDate(lang, row.count_date),
      held: formatCount(lang, row.held),
      capacity: formatCount(lang, row.capacity),
      over: overLabel(row, lang),
    });
  return {
    width,
    height: 88 + data.length * ROW_HEIGHT_PX[layout],
    marginLeft: compact ? 150 : 330,
    marginRight: compact ? 64 : 150,
    marginTop: 48,
    // Room under the bars for the "Official capacity" label: above them it ran into the top axis's
    // tick labels on a phone ("200%").
    marginBottom: 24,
    style: baseStyle(size.fontSize),
    x: { domain: [0, max * 1.02], grid: true, axis: "top", label: t(lang, "chart.detention-overcrowding.axis"), labelArrow: false, ticks: compact ? 3 : 6, tickFormat: (v: number) => formatPercent(lang, v) },
    y: { domain: data.map((row) => row.label), label: null, tickSize: 0, padding: 0.25 },
    marks: [
      Plot.barX(data, { y: "label", x: "occupancy", fill: "currentColor", className: "mark-primary", title: tooltip }),
      Plot.ruleX([1], { stroke: "currentColor", strokeWidth: 2, strokeDasharray: "4,3", className: "mark-capacity" }),
      Plot.text([1], { x: (d: number) => d, frameAnchor: "bottom", dy: 14, textAnchor: "start", dx: 4, text: () => t(lang, "chart.detention-overcrowding.legend_capacity"), fill: "currentColor", className: "mark-capacity" }),
      Plot.text(data, { y: "label", x: "occupancy", text: (row: Row) => overLabel(row, lang), dx: 6, textAnchor: "start", fill: "currentColor", fontWeight: 600, className: "mark-label", lineWidth: compact ? 6 : 12 }),
      Plot.ruleX([0], { className: "mark-axis" }),
    ],
  };
}

/** Leads with the system-wide count, then the most crowded facility. */
export function detentionOvercrowdingSummary(rows: readonly Row[], lang: Lang): string {
  const data = ordered(rows);
  // The most crowded system-wide count leads (the count the WOLA report's "61%" describes).
  const system = data.filter((row) => row.scope === "system").sort((a, b) => overCapacity(b) - overCapacity(a))[0];
  const worst = data.find((row) => row.scope === "facility");
  if (!system || !worst) return t(lang, "chart.no_data");
  return t(lang, "chart.detention-overcrowding.summary", {
    date: formatIsoDate(lang, system.count_date),
    held: formatCount(lang, system.held),
    sites: system.sites === undefined ? "" : formatCount(lang, system.sites),
    capacity: formatCount(lang, system.capacity),
    over: formatPercent(lang, overCapacity(system)),
    worst: facilityName(worst, lang),
    worstCity: worst.city ?? "",
    worstDate: formatIsoDate(lang, worst.count_date),
    worstOver: formatPercent(lang, overCapacity(worst)),
  });
}

export const detentionOvercrowdingChart: ChartDefinition<Row> = {
  id: "detention-overcrowding",
  datasetId: "detention-capacity",
  load: () => {
    const { meta, rows } = loadDetentionCapacity();
    return { meta, rows: ordered(rows) };
  },
  spec: detentionOvercrowdingSpec,
  summary: detentionOvercrowdingSummary,
  annotated: "listed",
  table: [
    { header: (lang) => t(lang, "table.facility"), cell: (row, lang) => (row.city ? `${facilityName(row, lang)}, ${row.city}` : facilityName(row, lang)) },
    { header: (lang) => t(lang, "table.date"), cell: (row, lang) => formatIsoDate(lang, row.count_date) },
    { header: (lang) => t(lang, "chart.detention-overcrowding.column_held"), cell: (row, lang) => `${row.held_qualifier === "at-least" ? "≥ " : row.held_qualifier === "about" ? "≈ " : ""}${formatCount(lang, row.held)}${row.held_measure === "daily-average" ? ` (${t(lang, "chart.detention-overcrowding.daily_average")})` : ""}`, numeric: true },
    { header: (lang) => t(lang, "chart.detention-overcrowding.column_capacity"), cell: (row, lang) => formatCount(lang, row.capacity), numeric: true },
    { header: (lang) => t(lang, "chart.detention-overcrowding.column_over"), cell: (row, lang) => formatPercent(lang, overCapacity(row)), numeric: true },
  ],
  rowSource: (row) => row.source,
  // Each row is a detention site: the map of sites shows the same counts by place.
  places: { chart: "map-detention" },
};
