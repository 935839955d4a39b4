import { loadPlaces } from "~/lib/data/lookups";
import { latestFacilityCounts, officesWithYear, requestsByStateAndYear, type Facility, type Office, type StateValue } from "./map-layers";

/**
 * The `?state=` values: a state's id in data/places.csv without its "st-" prefix
 * (`st-chiapas` → `chiapas`). Built from places.csv, so the allow-list is the 32 states.
 */
export const stateSlug = (stateId: string) => stateId.replace(/^st-/, "");

/** Every state's slug, in places.csv order. */
export function stateSlugs(): string[] {
  return [...loadPlaces().values()].filter((place) => place.kind === "state").map((place) => stateSlug(place.id));
}

/** One year of a state's requests series: the map's snapshot for that year, or none published. */
export interface StateYear {
  year: number;
  /** The state's value in the year's breakdown; undefined when the breakdown does not name it. */
  value: StateValue | undefined;
}

/** What the map's state panel shows for one state. Units: people (requests, held, capacity). */
export interface StatePanel {
  state: string;
  slug: string;
  series: StateYear[];
  offices: Array<Office & { fromYear: number | undefined }>;
  facilities: Facility[];
}

/**
 * Each state's panel: its requests in every year that has a breakdown on the map (the same
 * snapshot per year as the choropleth, offices summed into the state; a year whose breakdown
 * leaves the state out stays "no figure published"), its COMAR offices and its detention
 * sites at their latest count.
 */
export function statePanels(): StatePanel[] {
  const byYear = requestsByStateAndYear();
  const offices = officesWithYear();
  const facilities = latestFacilityCounts();
  return [...loadPlaces().values()]
    .filter((place) => place.kind === "state")
    .map((place) => ({
      state: place.id,
      slug: stateSlug(place.id),
      series: [...byYear].map(([year, values]) => ({ year, value: values.find((v) => v.state === place.id) })),
      offices: offices.filter((o) => o.state === place.id),
      facilities: facilities.filter((f) => f.state === place.id).sort((a, b) => b.held - a.held),
    }));
}
