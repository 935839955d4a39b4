import * as col from "../columns";
import { defineDataset, loadDataset, type Dataset } from "../dataset";

/**
 * Asylum requests received by COMAR per calendar year, national total.
 * Unit: people (solicitantes). Source per row; series choice in the metadata.
 */
export const asylumRequestsByYear = defineDataset({
  id: "asylum-requests-by-year",
  columns: (meta, _dir) => ({
    year: col.year(meta.period),
    /** People who applied in the months covered. */
    requests: col.count(),
    /** Months of the year the figure covers; 12 is a full year, fewer marks a partial year. */
    months: col.integerIn(1, 12),
    source: col.sourceId(),
  }),
  key: ["year"],
  sourceColumns: ["source"],
});

type AnnualColumns = ReturnType<typeof asylumRequestsByYear.columns>;
export type AnnualRequests = Dataset<AnnualColumns>["rows"][number];

export function loadAsylumRequestsByYear(dir?: string): Dataset<AnnualColumns> {
  return loadDataset(asylumRequestsByYear, dir);
}

export function isFullYear(row: Pick<AnnualRequests, "months">): boolean {
  return row.months === 12;
}
