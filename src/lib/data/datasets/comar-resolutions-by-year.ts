import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

export const RESOLUTION_OUTCOMES = ["recognized", "complementary", "rejected", "abandoned", "positive", "resolved"] as const;

/**
 * COMAR's decisions per year by outcome. "positive" = recognized + complementary protection,
 * "resolved" = all decisions, for years where sources give only those totals. The unit (people
 * or cases) is the metadata's; rows in the other unit are kept as revisions, not mixed in.
 */
export const comarResolutionsByYear = defineDataset({
  id: "comar-resolutions-by-year",
  columns: (meta) => ({
    year: col.year(meta.period),
    outcome: col.oneOf(RESOLUTION_OUTCOMES),
    count: col.count(),
    months: col.integerIn(1, 12),
    source: col.sourceId(),
  }),
  key: ["year", "outcome"],
  sourceColumns: ["source"],
});

export const loadComarResolutionsByYear = (dir?: string) => loadDataset(comarResolutionsByYear, dir);
