import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";
import { nationalityCode } from "../lookups";

/**
 * Asylum requests to COMAR by nationality and year. Unit: people. Top nationalities per year
 * with counts, "OTH" for all others so a year adds up to its total; years where sources give
 * only shares carry `share_percent` and an empty `requests`.
 */
export const asylumRequestsByNationality = defineDataset({
  id: "asylum-requests-by-nationality",
  columns: (meta, dir) => ({
    year: col.year(meta.period),
    /** ISO 3166-1 alpha-3, or OTH for the sum of all other nationalities. */
    nationality: nationalityCode(dir),
    requests: col.optional(col.count()),
    share_percent: col.optional(col.percent()),
    /** Months of the year covered: 12 = full year. */
    months: col.integerIn(1, 12),
    source: col.sourceId(),
  }),
  key: ["year", "nationality"],
  sourceColumns: ["source"],
});

export const loadAsylumRequestsByNationality = (dir?: string) => loadDataset(asylumRequestsByNationality, dir);
