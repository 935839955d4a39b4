import { loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { yearlyBarsChart } from "./yearly-bars";

/** Asylum requests to COMAR per year (people), with policy events marked. */
export const asylumRequestsByYearChart = yearlyBarsChart({
  id: "asylum-requests-by-year",
  datasetId: "asylum-requests-by-year",
  load: () => {
    const { meta, rows } = loadAsylumRequestsByYear();
    return { meta, rows: rows.map((row) => ({ year: row.year, value: row.requests, months: row.months, source: row.source, unit: meta.unit })) };
  },
  valueHeader: "chart.asylum-requests-by-year.column_requests",
  annotated: true,
});
