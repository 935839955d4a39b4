import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

/** Columns shared by yearly enforcement series (events per year, partial years marked). */
function yearlyEvents(id: string) {
  return defineDataset({
    id,
    columns: (meta) => ({
      year: col.year(meta.period),
      /** Events counted by the source in the months covered (one person can count several times). */
      events: col.count(),
      /** Months covered: 12 = full year. */
      months: col.integerIn(1, 12),
      source: col.sourceId(),
    }),
    key: ["year"],
    sourceColumns: ["source"],
  });
}

/** Foreigners "presented" to (detained by) INM per year. Unit: events. */
export const detentionsByYear = yearlyEvents("detentions-by-year");
/** Foreigners deported or returned by Mexico per year (devoluciones). Unit: events. */
export const deportationsByYear = yearlyEvents("deportations-by-year");

/** Detentions ("presentados") per month of 2019. Unit: events. */
export const detentions2019ByMonth = defineDataset({
  id: "detentions-2019-by-month",
  columns: () => ({
    /** YYYY-MM. */
    month: col.isoDate(),
    events: col.count(),
    source: col.sourceId(),
  }),
  key: ["month"],
  sourceColumns: ["source"],
});

export const loadDetentionsByYear = (dir?: string) => loadDataset(detentionsByYear, dir);
export const loadDeportationsByYear = (dir?: string) => loadDataset(deportationsByYear, dir);
export const loadDetentions2019ByMonth = (dir?: string) => loadDataset(detentions2019ByMonth, dir);
