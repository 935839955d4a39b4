import { snapshotsByYear } from "~/lib/charts/specs/asylum-requests-by-office";
import { loadAsylumRequestsByOffice } from "~/lib/data/datasets/asylum-requests-by-office";
import { loadComarOffices } from "~/lib/data/datasets/comar-offices";
import { loadDetentionCapacity } from "~/lib/data/datasets/detention-capacity";
import { loadPlaces } from "~/lib/data/lookups";

/** One state's requests in a year's snapshot (offices summed into their state). Unit: people. */
export interface StateValue {
  state: string;
  year: number;
  requests: number;
  period_start: string;
  period_end: string;
  source: string;
}

/**
 * Requests by state for each year with a published count by place, with each office's requests
 * added to its state. A year with a breakdown of at least five places uses the office chart's
 * snapshot; a year without one (2020: only Chiapas, for January) uses the longest period with
 * any count, so the states it names are coloured and every other state stays "no figure
 * published" — never a value no source gave.
 */
export function requestsByStateAndYear(): Map<number, StateValue[]> {
  const places = loadPlaces();
  const result = new Map<number, StateValue[]>();
  const rows = loadAsylumRequestsByOffice().rows;
  const full = snapshotsByYear(rows);
  const any = snapshotsByYear(rows, 1);
  const snapshots = [...any].map(([year, group]) => [year, full.get(year) ?? group] as const);
  for (const [year, rows] of snapshots) {
    const byState = new Map<string, StateValue>();
    for (const row of rows) {
      const state = places.get(row.place)?.state ?? row.place;
      const current = byState.get(state);
      if (current) current.requests += row.requests;
      else byState.set(state, { state, year, requests: row.requests, period_start: row.period_start, period_end: row.period_end, source: row.source });
    }
    result.set(year, [...byState.values()].sort((a, b) => b.requests - a.requests));
  }
  return result;
}

export type Office = ReturnType<typeof loadComarOffices>["rows"][number];

/** COMAR offices with the year they are known to be open from (undefined when undated). */
export function officesWithYear(): Array<Office & { fromYear: number | undefined }> {
  return loadComarOffices().rows.map((office) => ({ ...office, fromYear: office.opened ? Number(office.opened.slice(0, 4)) : undefined }));
}

export type Facility = ReturnType<typeof loadDetentionCapacity>["rows"][number];

/** Each facility's most recent count that has coordinates (system-wide rows are not points). */
export function latestFacilityCounts(): Facility[] {
  const latest = new Map<string, Facility>();
  for (const row of loadDetentionCapacity().rows) {
    if (row.scope !== "facility" || row.latitude === undefined || row.longitude === undefined) continue;
    const current = latest.get(row.facility);
    if (!current || row.count_date > current.count_date) latest.set(row.facility, row);
  }
  return [...latest.values()];
}
