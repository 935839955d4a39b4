import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

export const VISA_MEASURES = ["visas-issued", "visas-as-percent-of-requests", "visas-as-percent-of-entries", "requests"] as const;

/**
 * Humanitarian visitor cards (TVRH) issued by INM beside asylum requests, as sourced figures for
 * a period. Unit: the metadata's; percentages are flagged by the measure name.
 */
export const humanitarianVisas = defineDataset({
  id: "humanitarian-visas",
  columns: () => ({
    period_start: col.isoDate(),
    period_end: col.isoDate(),
    measure: col.oneOf(VISA_MEASURES),
    value: col.amount(),
    source: col.sourceId(),
  }),
  key: ["period_start", "period_end", "measure", "source"],
  sourceColumns: ["source"],
  rowRules: [col.periodInOrder("period_start", "period_end")],
});

export const loadHumanitarianVisas = (dir?: string) => loadDataset(humanitarianVisas, dir);
