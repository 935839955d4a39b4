import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";
import { nationalityCode } from "../lookups";

/**
 * Share of COMAR decisions that granted protection (refugee status or complementary
 * protection), by nationality and period. Unit: percent. `basis` says what the denominator is.
 */
export const recognitionByNationality = defineDataset({
  id: "recognition-by-nationality",
  columns: (_meta, dir) => ({
    nationality: nationalityCode(dir),
    period_start: col.isoDate(),
    period_end: col.isoDate(),
    rate_percent: col.percent(),
    basis: col.oneOf(["positive-of-resolved", "positive-of-decided", "recognized-of-resolved"] as const),
    source: col.sourceId(),
  }),
  key: ["nationality", "period_start", "period_end"],
  sourceColumns: ["source"],
  rowRules: [col.periodInOrder("period_start", "period_end")],
});

export const loadRecognitionByNationality = (dir?: string) => loadDataset(recognitionByNationality, dir);
