import { loadDeportationsByYear, loadDetentionsByYear } from "~/lib/data/datasets/enforcement-yearly";
import { yearlyBarsChart, type YearValue } from "./yearly-bars";

/** A yearly events dataset as bars: each row's `events` is the bar's value. */
function eventsPerYear(load: typeof loadDetentionsByYear) {
  return () => {
    const { meta, rows } = load();
    return { meta, rows: rows.map((row): YearValue => ({ year: row.year, value: row.events, months: row.months, source: row.source, unit: meta.unit })) };
  };
}

/** Detentions by INM per year (events), with Frontera Sur and the June 2019 deal marked. */
export const detentionsByYearChart = yearlyBarsChart({
  id: "detentions-by-year",
  datasetId: "detentions-by-year",
  load: eventsPerYear(loadDetentionsByYear),
  valueHeader: "chart.detentions-by-year.column",
  annotated: true,
});

/** Deportations and assisted returns by Mexico per year (events). */
export const deportationsByYearChart = yearlyBarsChart({
  id: "deportations-by-year",
  datasetId: "deportations-by-year",
  load: eventsPerYear(loadDeportationsByYear),
  valueHeader: "chart.deportations-by-year.column",
  annotated: true,
});
