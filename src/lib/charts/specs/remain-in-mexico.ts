import { t, type Lang } from "~/i18n";
import { loadRemainInMexico } from "~/lib/data/datasets/dated-measures";
import { formatIsoDate } from "~/lib/format";
import { qualified } from "../qualified";
import type { ChartDefinition } from "../types";
import { DATED_MEASURES_TABLE, datedMeasuresSpec, latestOf, type MeasureRow } from "./dated-measures-bars";

/** Measures in the order a reader follows them: who was sent, whose case is open, closed, admitted. */
const MEASURES = ["enrolled", "returned-to-mexico", "active-cases", "terminated-or-removed-in-absentia", "cases-terminated", "removed-in-absentia", "admitted-to-us", "venezuelans-enrolled"] as const;
/** "Remain in Mexico" returns began on 29 January 2019; figures counted from then read "as of". */
const PROGRAMME_START = "2019-01-29";


export function remainInMexicoSummary(rows: readonly MeasureRow[], lang: Lang): string {
  // The largest enrolment count describes the programme as a whole (later counts cover the 2021–22 restart).
  const enrolled = [...rows].filter((row) => row.measure === "enrolled").sort((a, b) => b.value - a.value)[0];
  const admitted = latestOf(rows, "admitted-to-us");
  // People whose cases were terminated (Human Rights Watch); the court-record split into cases
  // terminated and people removed in absence counts two different units and is not summed.
  const closed = latestOf(rows, "terminated-or-removed-in-absentia");
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
  table: DATED_MEASURES_TABLE,
  rowSource: (row) => row.source,
};
