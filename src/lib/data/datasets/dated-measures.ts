import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

/**
 * Datasets of dated, sourced figures of a few named measures ("enrolled", "sentences", …), each
 * with the period it covers and how exact it is. Unit: the metadata's (one per dataset).
 */
function datedMeasures<const M extends readonly [string, ...string[]]>(id: string, measures: M) {
  return defineDataset({
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
}

/** Children detained by INM, and how many of them applied for or received protection. Unit: people (or events: see metadata). */
export const childrenDetained = datedMeasures("children-detained", ["detained", "unaccompanied-detained", "applied-asylum", "granted-protection"] as const);

/** Crimes against migrants reported, investigations and sentences; attacks on people returned under MPP. Unit: events. */
export const crimesAndImpunity = datedMeasures("crimes-and-impunity", ["crimes-reported", "investigations", "sentences", "mpp-attacks-reported", "crime-victims-attended"] as const);

/** What happened to people sent to Mexico under "Remain in Mexico" (MPP). Unit: people. */
export const remainInMexico = datedMeasures("remain-in-mexico", ["enrolled", "active-cases", "terminated-or-removed-in-absentia", "admitted-to-us", "venezuelans-enrolled"] as const);

/** U.S. expulsions under Title 42 (a person can be expelled several times). Unit: events. */
export const title42Expulsions = datedMeasures("title-42-expulsions", ["expulsions", "expulsions-to-mexico"] as const);

export const loadChildrenDetained = (dir?: string) => loadDataset(childrenDetained, dir);
export const loadCrimesAndImpunity = (dir?: string) => loadDataset(crimesAndImpunity, dir);
export const loadRemainInMexico = (dir?: string) => loadDataset(remainInMexico, dir);
export const loadTitle42Expulsions = (dir?: string) => loadDataset(title42Expulsions, dir);
