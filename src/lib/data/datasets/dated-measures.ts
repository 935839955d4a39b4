import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";
import type { Unit } from "../metadata";

/**
 * Datasets of dated, sourced figures of a few named measures ("enrolled", "sentences", …), each
 * with the period it covers and how exact it is. Each measure has its own unit: a dataset can hold
 * counts of people beside counts of cases or events, and a computation across them fails
 * (src/lib/stats/quantity.ts).
 */
function datedMeasures<const M extends string>(id: string, units: Record<M, Unit>) {
  const measures = Object.keys(units) as [M, ...M[]];
  const definition = defineDataset({
    id,
    columns: () => ({
      measure: col.oneOf(measures),
      period_start: col.isoDate(),
      /** Date of the figure, or the end of the period it covers. */
      period_end: col.isoDate(),
      value: col.count(),
      qualifier: col.qualifier(),
      source: col.sourceId(),
    }),
    key: ["measure", "period_start", "period_end", "source"],
    sourceColumns: ["source"],
    rowRules: [col.periodInOrder("period_start", "period_end")],
  });
  return Object.assign(definition, { measures, units });
}

/** True for a dataset whose measures each carry their own unit (every dataset defined here). */
export const hasMeasureUnits = (datasetId: string): boolean => datasetId in MEASURE_UNITS;

/** Measures and their units, by dataset id: what each dated figure counts. */
export function measureUnit(datasetId: string, measure: string): Unit {
  const unit = (MEASURE_UNITS[datasetId] as Record<string, Unit> | undefined)?.[measure];
  if (!unit) throw new Error(`measureUnit: no measure "${measure}" in ${datasetId}`);
  return unit;
}

/** Children detained by INM, and how many of them applied for or received protection. Unit: people (or events: see metadata). */
export const childrenDetained = datedMeasures("children-detained", {
  // Until 2020: times children were "presented" to (detained by) INM. From 2021 the law bars
  // holding children in migration stations, and the count is of children presented or
  // channelled to DIF shelters: not the same thing, so not the same measure.
  detained: "events",
  "presented-or-channelled": "events",
  "unaccompanied-detained": "events",
  "applied-asylum": "people",
  "granted-protection": "people",
});

/** Crimes against migrants reported, investigations and sentences; attacks on people returned under MPP. Unit: events. */
export const crimesAndImpunity = datedMeasures("crimes-and-impunity", {
  "crimes-reported": "events",
  investigations: "cases",
  sentences: "events",
  "mpp-attacks-reported": "events",
  "crime-victims-attended": "people",
});

/** What happened to people sent to Mexico under "Remain in Mexico" (MPP). Unit: people. */
export const remainInMexico = datedMeasures("remain-in-mexico", {
  enrolled: "people",
  "active-cases": "cases",
  /** Human Rights Watch: people whose cases were terminated (most by removal orders in absence). */
  "terminated-or-removed-in-absentia": "people",
  /** Court records: cases terminated (a count of cases, not people). */
  "cases-terminated": "cases",
  /** Court records: people ordered removed for missing a hearing. */
  "removed-in-absentia": "people",
  "admitted-to-us": "people",
  /** People actually sent back to Mexico (not everyone enrolled was). */
  "returned-to-mexico": "people",
  /** Venezuelans with cases still open (not everyone ever sent). */
  "venezuelans-enrolled": "cases",
});

/** U.S. expulsions under Title 42 (a person can be expelled several times). Unit: events. */
export const title42Expulsions = datedMeasures("title-42-expulsions", { expulsions: "events", "expulsions-to-mexico": "events" });

/** People the U.S. deported to Mexico since 20 January 2025, as Mexico's government counts them. */
export const deportationsToMexico = datedMeasures("deportations-to-mexico", { received: "people", "foreigners-received": "people" });

/**
 * Figures the five reports give that no series on this site holds (no official count was found
 * to set beside them): shown in the explainers through <Stat>, each with the report as source.
 */
export const reportFigures = datedMeasures("report-only-figures", {
  "merida-us-funding": "dollars",
  "national-guard-south": "people",
  "inm-agents-fired": "people",
  "medical-attention-foreigners": "events",
});

const MEASURE_UNITS: Record<string, Record<string, Unit>> = Object.fromEntries(
  [childrenDetained, crimesAndImpunity, remainInMexico, title42Expulsions, deportationsToMexico, reportFigures].map((d) => [d.id, d.units]),
);

export const loadChildrenDetained = (dir?: string) => loadDataset(childrenDetained, dir);
export const loadCrimesAndImpunity = (dir?: string) => loadDataset(crimesAndImpunity, dir);
export const loadRemainInMexico = (dir?: string) => loadDataset(remainInMexico, dir);
export const loadDeportationsToMexico = (dir?: string) => loadDataset(deportationsToMexico, dir);
export const loadReportFigures = (dir?: string) => loadDataset(reportFigures, dir);
export const loadTitle42Expulsions = (dir?: string) => loadDataset(title42Expulsions, dir);
