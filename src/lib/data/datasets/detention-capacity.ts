import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";
import { placeId } from "../lookups";

/**
 * People held in INM detention against capacity: the whole system (`scope` system) and single
 * facilities, each at the date of the count. Unit: people. Percent over capacity is computed
 * from these two columns, never typed.
 */
export const detentionCapacity = defineDataset({
  id: "detention-capacity",
  columns: (meta, dir) => ({
    /** Facility slug (e.g. siglo-xxi-tapachula) or "system" for all sites. */
    facility: col.slug(),
    scope: col.oneOf(["system", "facility"] as const),
    name_en: col.text(),
    name_es: col.text(),
    /** City name as written locally; empty for the system. */
    city: col.optional(col.text()),
    /** State (st-…) from data/places.csv; empty for the system. */
    state: col.optional(placeId(dir)),
    latitude: col.optional(col.coordinate(col.MEXICO_BOUNDS.latitude[0], col.MEXICO_BOUNDS.latitude[1], "latitude")),
    longitude: col.optional(col.coordinate(col.MEXICO_BOUNDS.longitude[0], col.MEXICO_BOUNDS.longitude[1], "longitude")),
    /** Number of sites a system row covers; empty for a facility. */
    sites: col.optional(col.count()),
    /** Official capacity (people); must be above zero. */
    capacity: col.count().refine((n) => n > 0, { message: "capacity must be above zero", params: { rule: "not-allowed" } }),
    /** People held at the date of the count (or the average stated in `held_measure`). */
    held: col.count(),
    held_measure: col.oneOf(["on-date", "daily-average"] as const),
    held_qualifier: col.qualifier(),
    /** Date of the count, or the end of the period an average covers. */
    count_date: col.isoDate(meta.period),
    source: col.sourceId(),
  }),
  key: ["facility", "count_date"],
  sourceColumns: ["source"],
});

export const loadDetentionCapacity = (dir?: string) => loadDataset(detentionCapacity, dir);
