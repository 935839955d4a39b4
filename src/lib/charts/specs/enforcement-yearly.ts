import { loadDeportationsByYear, loadDetentionsByYear } from "~/lib/data/datasets/enforcement-yearly";
import { yearlyBarsChart } from "./yearly-bars";

/** Detentions by INM per year (events), with Frontera Sur and the June 2019 deal marked. */
export const detentionsByYearChart = yearlyBarsChart({
  id: "detentions-by-year",
  datasetId: "detentions-by-year",
  load: () => {
    const { meta, rows } = loadDetentionsByYear();
    return { meta, rows: rows.map((row) => ({ year: row.year, value: row.events, months: row.months, source: row.source })) };
  },
  valueHeader: "chart.detentions-by-year.column",
  annotated: true,
});

/** Deportations and assisted returns by Mexico per year (events). */
export const deportationsByYearChart = yearlyBarsChart({
  id: "deportations-by-year",
  datasetId: "deportations-by-year",
  load: () => {
    const { meta, rows } = loadDeportationsByYear();
    return { meta, rows: rows.map((row) => ({ year: row.year, value: row.events, months: row.months, source: row.source })) };
  },
  valueHeader: "chart.deportations-by-year.column",
  annotated: true,
});
