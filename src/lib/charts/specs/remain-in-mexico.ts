import { t, type Lang } from "~/i18n";
import { loadDeportationsToMexico, loadRemainInMexico } from "~/lib/data/datasets/dated-measures";
import { formatIsoDate } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { qualified } from "../qualified";
import type { ChartDefinition } from "../types";
import { datedMeasuresSpec, measureName, type MeasureRow } from "./dated-measures-bars";

/** Measures in the order a reader follows them: who was sent, whose case is open, closed, admitted. */
const MEASURES = ["enrolled", "returned-to-mexico", "active-cases", "terminated-or-removed-in-absentia", "cases-terminated", "removed-in-absentia", "admitted-to-us", "venezuelans-enrolled"] as const;
/** "Remain in Mexico" returns began on 29 January 2019; figures counted from then read "as of". */
const PROGRAMME_START = "2019-01-29";

const latest = (rows: readonly MeasureRow[], measure: string) => [...rows].filter((row) => row.measure === measure).sort((a, b) => b.period_end.localeCompare(a.period_end))[0];

export function remainInMexicoSummary(rows: readonly MeasureRow[], lang: Lang): string {
  // The largest enrolment count describes the programme as a whole (later counts cover the 2021–22 restart).
  const enrolled = [...rows].filter((row) => row.measure === "enrolled").sort((a, b) => b.value - a.value)[0];
  const admitted = latest(rows, "admitted-to-us");
  // People whose cases were terminated (Human Rights Watch); the court-record split into cases
  // terminated and people removed in absence counts two different units and is not summed.
  const closed = latest(rows, "terminated-or-removed-in-absentia");
  if (!enrolled || !admitted || !closed) return t(lang, "chart.no_data");
  return t(lang, "chart.remain-in-mexico.summary", {
    enrolled: qualified(enrolled, lang),
    enrolledDate: formatIsoDate(lang, enrolled.period_end),
    closed: qualified(closed, lang),
    closedDate: formatIsoDate(lang, closed.period_end),
    admitted: qualified(admitted, lang),
    admittedDate: formatIsoDate(lang, admitted.period_end),
  });
}

export const remainInMexicoChart: ChartDefinition<MeasureRow> = {
  id: "remain-in-mexico",
  datasetId: "remain-in-mexico",
  load: () => loadRemainInMexico(),
  spec: (rows, options) => datedMeasuresSpec("remain-in-mexico", rows, MEASURES, options, PROGRAMME_START),
  summary: remainInMexicoSummary,
  table: [
    { header: (lang) => t(lang, "table.measure"), cell: (row, lang) => measureName(lang, row.measure) },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
    { header: (lang) => t(lang, "table.value"), cell: (row, lang) => qualified(row, lang), numeric: true },
  ],
  rowSource: (row) => row.source,
};

/** Since 20 January 2025, as Mexico's government counts them: everyone received, then foreigners. */
const DEPORTATION_MEASURES = ["received", "foreigners-received"] as const;
/** Trump's second term began on 20 January 2025; every count runs from then. */
const SECOND_TERM_START = "2025-01-20";

export function deportationsToMexicoSummary(rows: readonly MeasureRow[], lang: Lang): string {
  const received = latest(rows, "received");
  const foreigners = latest(rows, "foreigners-received");
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
  table: remainInMexicoChart.table,
  rowSource: (row) => row.source,
};
