import { t, type Lang } from "~/i18n";
import { loadChildrenDetained } from "~/lib/data/datasets/dated-measures";
import { periodLabel } from "~/lib/format/periods";
import { qualified } from "../qualified";
import type { ChartDefinition } from "../types";
import { DATED_MEASURES_TABLE, datedMeasuresSpec, type MeasureRow } from "./dated-measures-bars";

/**
 * Drawn: events (times children were detained, or from 2021 presented or channelled to shelters).
 * Counts of people (children who applied for or were granted protection) are another unit: they
 * are in the table and the summary, never drawn on the same axis.
 */
const MEASURES = ["detained", "presented-or-channelled", "unaccompanied-detained"] as const;

/** Largest "detained" figure, the latest count under the post-2021 definition, and the protection figure if sourced. */
export function childrenDetainedSummary(rows: readonly MeasureRow[], lang: Lang): string {
  const detained = rows.filter((row) => row.measure === "detained");
  const channelled = [...rows].filter((row) => row.measure === "presented-or-channelled").sort((a, b) => b.period_end.localeCompare(a.period_end))[0];
  const peak = [...detained].sort((a, b) => b.value - a.value)[0];
  const first = [...detained].sort((a, b) => a.period_end.localeCompare(b.period_end))[0];
  if (!peak || !first) return t(lang, "chart.no_data");
  const protectedRow = rows.find((row) => row.measure === "granted-protection");
  const core = t(lang, "chart.children-detained.summary", {
    first: qualified(first, lang),
    firstPeriod: periodLabel(lang, first.period_start, first.period_end, false),
    peak: qualified(peak, lang),
    peakPeriod: periodLabel(lang, peak.period_start, peak.period_end, false),
  });
  const parts = [core];
  if (channelled) parts.push(t(lang, "chart.children-detained.summary_channelled", { latest: qualified(channelled, lang), latestPeriod: periodLabel(lang, channelled.period_start, channelled.period_end, false) }));
  if (protectedRow) parts.push(t(lang, "chart.children-detained.summary_protected", { protected: qualified(protectedRow, lang), period: periodLabel(lang, protectedRow.period_start, protectedRow.period_end, false) }));
  return parts.join(" ");
}

export const childrenDetainedChart: ChartDefinition<MeasureRow> = {
  id: "children-detained",
  datasetId: "children-detained",
  load: () => loadChildrenDetained(),
  spec: (rows, options) => datedMeasuresSpec("children-detained", rows, MEASURES, options),
  summary: childrenDetainedSummary,
  table: DATED_MEASURES_TABLE,
  rowSource: (row) => row.source,
};
