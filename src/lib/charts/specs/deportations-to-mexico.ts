import { t, type Lang } from "~/i18n";
import { loadDeportationsToMexico } from "~/lib/data/datasets/dated-measures";
import { formatIsoDate } from "~/lib/format";
import { qualified } from "../qualified";
import type { ChartDefinition } from "../types";
import { DATED_MEASURES_TABLE, datedMeasuresSpec, latestOf, type MeasureRow } from "./dated-measures-bars";

/** Since 20 January 2025, as Mexico's government counts them: everyone received, then foreigners. */
const DEPORTATION_MEASURES = ["received", "foreigners-received"] as const;
/** Trump's second term began on 20 January 2025; every count runs from then. */
const SECOND_TERM_START = "2025-01-20";

export function deportationsToMexicoSummary(rows: readonly MeasureRow[], lang: Lang): string {
  const received = latestOf(rows, "received");
  const foreigners = latestOf(rows, "foreigners-received");
  if (!received || !foreigners) return t(lang, "chart.no_data");
  return t(lang, "chart.deportations-to-mexico.summary", {
    received: qualified(received, lang),
    receivedDate: formatIsoDate(lang, received.period_end),
    foreigners: qualified(foreigners, lang),
  });
}

/** People deported from the U.S. to Mexico since January 2025 (a dated count per bar). */
export const deportationsToMexicoChart: ChartDefinition<MeasureRow> = {
  id: "deportations-to-mexico",
  datasetId: "deportations-to-mexico",
  load: () => loadDeportationsToMexico(),
  spec: (rows, options) => datedMeasuresSpec("deportations-to-mexico", rows, DEPORTATION_MEASURES, options, SECOND_TERM_START),
  summary: deportationsToMexicoSummary,
  table: DATED_MEASURES_TABLE,
  rowSource: (row) => row.source,
};
