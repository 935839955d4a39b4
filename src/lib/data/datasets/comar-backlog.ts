import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

/** Requests pending a decision at COMAR on a given date. Unit: the metadata's (cases or people). */
export const comarBacklog = defineDataset({
  id: "comar-backlog",
  columns: () => ({
    date: col.isoDate(),
    pending: col.count(),
    source: col.sourceId(),
  }),
  key: ["date", "source"],
  sourceColumns: ["source"],
});

export const loadComarBacklog = (dir?: string) => loadDataset(comarBacklog, dir);
