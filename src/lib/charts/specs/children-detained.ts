import { t, type Lang } from "~/i18n";
import { loadChildrenDetained } from "~/lib/data/datasets/dated-measures";
import { periodLabel } from "~/lib/format/periods";
import { qualified } from "../qualified";
import type { ChartDefinition } from "../types";
import { datedMeasuresSpec, measureName, type MeasureRow } from "./dated-measures-bars";

const MEASURES = ["detained", "unaccompanied-detained", "applied-asylum", "granted-protection"] as const;

/** Largest "detained" figure, and the protection figures for the same period if sourced. */
export function childrenDetainedSummary(rows: readonly MeasureRow[], lang: Lang): string {
  const detained = rows.filter((row) => row.measure === "detained");
  const peak = [...detained].sort((a, b) => b.value - a.value)[0];
  const first = [...detained].sort((a, b) => a.period_end.localeCompare(b.period_end))[0];
  if (!peak || !first) return t(lang, "chart.no_data");
  const protectedRow = rows.find((row) => row.measure === "granted-protection" && row.period_start === peak.period_start && row.period_end === peak.period_end);
  const core = t(lang, "chart.children-detained.summary", {
    first: qualified(first, lang),
    firstPeriod: periodLabel(lang, first.period_start, first.period_end, false),
    peak: qualified(peak, lang),
    peakPeriod: periodLabel(lang, peak.period_start, peak.period_end, false),
  });
  return protectedRow ? `${core} ${t(lang, "chart.children-detained.summary_protected", { protected: qualified(protectedRow, lang), period: periodLabel(lang, peak.period_start, peak.period_end, false) })}` : core;
}

export const childrenDetainedChart: ChartDefinition<MeasureRow> = {
  id: "children-detained",
  datasetId: "children-detained",
  load: () => loadChildrenDetained(),
  spec: (rows, options) => datedMeasuresSpec("children-detained", rows, MEASURES, options),
  summary: childrenDetainedSummary,
  table: [
    { header: (lang) => t(lang, "table.measure"), cell: (row, lang) => measureName(lang, row.measure) },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
    { header: (lang) => t(lang, "table.value"), cell: (row, lang) => qualified(row, lang), numeric: true },
  ],
  rowSource: (row) => row.source,
};
