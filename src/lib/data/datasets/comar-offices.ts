import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";
import { placeId } from "../lookups";

/**
 * COMAR's offices and representations. Unit: offices (one row per office). `opened` is the date
 * the source gives for the opening, at its precision, or — with `opened_qualifier` "by" — a date
 * by which the office already existed; empty when no source dates it.
 */
export const comarOffices = defineDataset({
  id: "comar-offices",
  columns: (_meta, dir) => ({
    /** Office id from data/places.csv (of-…). */
    office: placeId(dir),
    city: col.text(),
    /** State id (st-…) from data/places.csv. */
    state: placeId(dir),
    /** City-level coordinates, decimal degrees (3 decimals): where the office is, not its address. */
    latitude: col.coordinate(col.MEXICO_BOUNDS.latitude[0], col.MEXICO_BOUNDS.latitude[1], "latitude"),
    longitude: col.coordinate(col.MEXICO_BOUNDS.longitude[0], col.MEXICO_BOUNDS.longitude[1], "longitude"),
    opened: col.optional(col.isoDate()),
    /** "on": opened on that date; "by": already open by that date (earliest mention). */
    opened_qualifier: col.optional(col.oneOf(["on", "by"] as const)),
    status: col.oneOf(["open", "suspended", "closed"] as const),
    source: col.sourceId(),
  }),
  key: ["office"],
  sourceColumns: ["source"],
});

export const loadComarOffices = (dir?: string) => loadDataset(comarOffices, dir);
