import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

/**
 * Requests pending a decision at COMAR on a given date. `unit` says what each count counts:
 * people, or "unstated" when the source does not say (people or case files); unstated counts
 * are drawn but never compared. Counts of case files are kept as revisions.
 */
export const comarBacklog = defineDataset({
  id: "comar-backlog",
  columns: () => ({
    date: col.isoDate(),
    pending: col.count(),
    unit: col.oneOf(["people", "unstated"] as const),
    source: col.sourceId(),
  }),
  key: ["date", "source"],
  sourceColumns: ["source"],
});

export const loadComarBacklog = (dir?: string) => loadDataset(comarBacklog, dir);
