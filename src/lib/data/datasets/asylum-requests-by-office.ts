import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";
import { placeId } from "../lookups";

/**
 * Where asylum requests were filed: by COMAR office or by state, for the periods sources give.
 * Unit: people. A row is one place and one period (period_start..period_end, inclusive).
 */
export const asylumRequestsByOffice = defineDataset({
  id: "asylum-requests-by-office",
  columns: (meta, dir) => ({
    year: col.year(meta.period),
    /** A state (st-…) or an office (of-…) from data/places.csv. */
    place: placeId(dir),
    period_start: col.isoDate(),
    period_end: col.isoDate(),
    requests: col.optional(col.count()),
    share_percent: col.optional(col.percent()),
    source: col.sourceId(),
  }),
  key: ["place", "period_start", "period_end"],
  sourceColumns: ["source"],
  rowRules: [col.periodInOrder("period_start", "period_end")],
});

export const loadAsylumRequestsByOffice = (dir?: string) => loadDataset(asylumRequestsByOffice, dir);
