import * as d3 from "d3";
import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { SLUG } from "~/lib/data/columns";
import { loadPlaces } from "~/lib/data/lookups";
import { formatCount, formatIsoDate, formatPercent } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { mexicoStates, neighbourCountries, type StateFeature } from "~/lib/geo/mexico";
import { STATE_ISO_CODES } from "~/lib/geo/state-codes";
import type { Facility, Office, StateValue } from "~/lib/geo/map-layers";
import { overCapacity } from "./detention-overcrowding";
import { baseStyle, CHART_SIZE_PX } from "../theme";
import type { ChartRenderOptions, LegendItem } from "../types";

/** Requests thresholds for the choropleth (people in the period), and their colours (light → dark). */
export const REQUEST_THRESHOLDS = [1_000, 5_000, 20_000, 50_000] as const;
export const REQUEST_COLORS = ["#d8e6f2", "#a9c9e6", "#6fa3d2", "#2f6fad", "#123f70"] as const;
/** Percent over capacity classes for detention points: within, up to 100%, 100–200%, over 200%. */
export const CROWDING_THRESHOLDS = [0, 1, 2] as const;
export const CROWDING_COLORS = ["#8a8f98", "#F0A35E", "#D55E00", "#8C2D04"] as const;
export const OFFICE_COLOR = "#0B7A5A";

export function requestColor(requests: number): string {
  return REQUEST_COLORS[d3.bisectRight(REQUEST_THRESHOLDS as unknown as number[], requests)] as string;
}

export function crowdingColor(share: number): string {
  return CROWDING_COLORS[d3.bisectRight(CROWDING_THRESHOLDS as unknown as number[], share)] as string;
}

export interface MapLayers {
  /** Offices to draw (all years; later years are hidden by CSS per selected year). */
  offices?: Array<Office & { fromYear: number | undefined }>;
  /** Requests by state, by year; `year` picks the fills drawn by default. */
  requests?: Map<number, StateValue[]>;
  detention?: Facility[];
  year: number;
}

export const placeName = (id: string, lang: Lang) => {
  const place = loadPlaces().get(id);
  return place ? (lang === "es" ? place.name_es : place.name_en) : id;
};

const MAP_HEIGHT_RATIO = 0.64;

/**
 * States labelled at the wide layout: those of at least this area (steradians, d3.geoArea),
 * i.e. all but the eight smallest (Mexico City, Tlaxcala, Morelos, Aguascalientes, Colima,
 * Querétaro, Hidalgo, State of Mexico), where a three-letter code would cover the borders.
 */
const LABEL_MIN_AREA_SR = 5.5e-4;

/** Three-letter ISO codes at the states' centroids: decoration (the names are in the tooltips). */
function stateLabelMarks(states: { features: StateFeature[] }): Plot.Markish[] {
  const labelled = states.features.filter((f) => d3.geoArea(f) >= LABEL_MIN_AREA_SR && STATE_ISO_CODES[f.properties.id]);
  return [
    Plot.text(
      labelled,
      Plot.geoCentroid({ text: (f: StateFeature) => STATE_ISO_CODES[f.properties.id], fill: "currentColor", fontSize: 10, fontWeight: 600, className: "map-state-labels", ariaHidden: "true",
        // A halo in the page colour (CSS sets it per theme); Plot writes paint-order="stroke" for a
        // stroked text mark, as an attribute, which the W3C validator's CSS checker would not accept.
        stroke: "white", strokeWidth: 2.5, strokeOpacity: 0.7 }),
    ),
  ];
}

/**
 * Mexico with its neighbours, in a conic conformal projection with standard parallels at 17.5°
 * and 29.5° fitted to the frame. Layers: the requests choropleth (states), detention facilities
 * (circles sized by people held, coloured by how far over capacity) and COMAR offices
 * (diamonds; hollow when no opening date is sourced). Every mark with a value has a title.
 */
export function mexicoMapSpec(layers: MapLayers, { lang, layout, width }: Pick<ChartRenderOptions, "lang" | "layout" | "width">): Plot.PlotOptions {
  const states = mexicoStates();
  const compact = layout === "compact";
  const values = new Map((layers.requests?.get(layers.year) ?? []).map((value) => [value.state, value]));
  const stateTitle = (f: (typeof states.features)[number]) => {
    const value = values.get(f.properties.id);
    return value
      ? t(lang, "map.tooltip_state", { state: placeName(value.state, lang), count: formatCount(lang, value.requests), period: periodLabel(lang, value.period_start, value.period_end, false) })
      : t(lang, "map.tooltip_state_none", { state: placeName(f.properties.id, lang) });
  };
  const maxHeld = Math.max(1, ...(layers.detention ?? []).map((f) => f.held));
  const marks: Plot.Markish[] = [
    Plot.geo(neighbourCountries(), { fill: "currentColor", stroke: "none", className: "map-neighbour", clip: "frame" }),
    Plot.geo(states, {
      fill: layers.requests ? (f: (typeof states.features)[number]) => (values.has(f.properties.id) ? requestColor(values.get(f.properties.id)?.requests ?? 0) : "currentColor") : "currentColor",
      stroke: "currentColor",
      strokeWidth: 0.6,
      className: layers.requests ? "map-states map-requests" : "map-states map-plain",
      ariaLabel: (f: (typeof states.features)[number]) => f.properties.id,
      title: layers.requests ? stateTitle : (f: (typeof states.features)[number]) => placeName(f.properties.id, lang),
      // Borders keep their width as the one SVG scales (an attribute: the W3C validator's CSS
      // checker does not know the vector-effect property).
      render: (index, scales, values, dimensions, context, next) => {
        const group = next?.(index, scales, values, dimensions, context) ?? null;
        for (const path of group?.querySelectorAll("path") ?? []) path.setAttribute("vector-effect", "non-scaling-stroke");
        return group;
      },
    }),
  ];
  if (!compact) marks.push(...stateLabelMarks(states));
  // The map is one SVG that scales to its container (wide coordinates, 720 px). Points are drawn
  // twice — sized for the wide layout and, scaled up by 720/360, for a phone — and CSS shows the
  // set that fits the container, so that on a 360 px phone points stay ~16 px or larger to tap.
  const pointSets: Array<{ size: "wide" | "compact"; scale: number }> = compact ? [{ size: "compact", scale: 1 }] : [{ size: "wide", scale: 1 }, { size: "compact", scale: width / CHART_SIZE_PX.compact.width }];
  for (const { size, scale } of pointSets) {
    const small = size === "compact";
    const radius = d3.scaleSqrt().domain([0, maxHeld]).range([0, (small ? 18 : 26) * scale]);
    const setClass = compact ? "" : ` map-points--${size}`;
    if (layers.detention) {
      marks.push(
        Plot.dot(layers.detention, {
          x: "longitude",
          y: "latitude",
          r: (f: Facility) => Math.max((small ? 7 : 4) * scale, radius(f.held)),
          fill: (f: Facility) => crowdingColor(overCapacity(f)),
          fillOpacity: 0.85,
          stroke: "currentColor",
          strokeWidth: 1,
          className: `map-detention${setClass}`,
          ariaLabel: "facility",
          title: (f: Facility) =>
            t(lang, "map.tooltip_facility", {
              name: lang === "es" ? f.name_es : f.name_en,
              date: formatIsoDate(lang, f.count_date),
              held: formatCount(lang, f.held),
              capacity: formatCount(lang, f.capacity),
              over: formatPercent(lang, overCapacity(f)),
            }),
        }),
      );
    }
    if (layers.offices) {
      const officeTitle = (o: Office & { fromYear: number | undefined }) =>
        t(lang, o.opened ? (o.opened_qualifier === "by" ? "map.tooltip_office_by" : "map.tooltip_office_on") : "map.tooltip_office_undated", {
          name: placeName(o.office, lang),
          date: o.opened ? formatIsoDate(lang, o.opened) : "",
          status: t(lang, `map.status_${o.status}`),
        });
      marks.push(
        Plot.dot(layers.offices, {
          x: "longitude",
          y: "latitude",
          symbol: "diamond2",
          r: (small ? 8 : 6) * scale,
          fill: (o: Office & { fromYear: number | undefined }) => (o.opened ? OFFICE_COLOR : "white"),
          stroke: OFFICE_COLOR,
          strokeWidth: 2 * scale,
          className: `map-offices${setClass}`,
          ariaLabel: "office",
          title: officeTitle,
        }),
      );
    }
  }
  return {
    width,
    height: Math.round(width * MAP_HEIGHT_RATIO),
    margin: 4,
    style: baseStyle(CHART_SIZE_PX[layout].fontSize),
    projection: { type: () => d3.geoConicConformal().parallels([17.5, 29.5]).rotate([102, 0]), domain: states, inset: compact ? 4 : 8 },
    // Radii are computed above (area ∝ people held), so the r scale must not rescale them.
    r: { type: "identity" },
    marks,
  };
}

/** The choropleth's colour key, plus "no data". */
export function requestsLegend(lang: Lang): LegendItem[] {
  const bounds = [0, ...REQUEST_THRESHOLDS];
  return [
    ...REQUEST_COLORS.map((color, i) => ({
      key: `requests-${i}`,
      color,
      label: i === REQUEST_COLORS.length - 1 ? t(lang, "map.legend_over", { value: formatCount(lang, bounds[i] as number) }) : t(lang, "map.legend_range", { from: formatCount(lang, bounds[i] as number), to: formatCount(lang, (bounds[i + 1] as number) - 1) }),
    })),
    { key: "no-data", color: "transparent", label: t(lang, "map.legend_no_data") },
  ];
}

export function detentionLegend(lang: Lang): LegendItem[] {
  const labels = ["map.legend_within", "map.legend_over_100", "map.legend_over_200", "map.legend_over_more"] as const;
  return CROWDING_COLORS.map((color, i) => ({ key: `crowding-${i}`, color, label: t(lang, labels[i] as (typeof labels)[number]), shape: "circle" as const }));
}

export function officesLegend(lang: Lang): LegendItem[] {
  return [
    { key: "office-dated", color: OFFICE_COLOR, label: t(lang, "map.legend_office") },
    { key: "office-undated", color: "transparent", label: t(lang, "map.legend_office_undated") },
  ];
}

/**
 * CSS for the map's view state, scoped to one figure: states' fills per year (a year without a
 * breakdown shows every state as "no data"), offices hidden before the year they are known to
 * be open, and layers switched off. Works without JavaScript for the default view, because the
 * figure carries its default `data-year` and `data-layers`.
 */
/**
 * A place id as written into a CSS selector. The data layer only accepts slugs for ids
 * (`not-a-slug`); this second check means no future data path can put markup into <style>.
 */
function cssToken(id: string): string {
  if (!SLUG.test(id)) throw new Error(`refusing to write "${id}" into CSS: ids must be slugs`);
  return id;
}

export function mapViewStyles(figureId: string, layers: MapLayers, years: readonly number[]): string {
  const scope = `#${figureId}`;
  const rules: string[] = [];
  if (layers.requests) {
    // Every state is "no data" unless the selected year's breakdown has it.
    rules.push(`${scope}[data-year] .map-requests path{fill:url(#${figureId}-no-data)}`);
    for (const year of years) {
      for (const value of layers.requests.get(year) ?? []) {
        rules.push(`${scope}[data-year="${year}"] .map-requests [data-key="${cssToken(value.state)}"]{fill:${requestColor(value.requests)}}`);
      }
    }
  }
  if (layers.offices) {
    for (const year of years) {
      const later = layers.offices.filter((o) => o.fromYear !== undefined && o.fromYear > year);
      if (later.length > 0) rules.push(`${later.map((o) => `${scope}[data-year="${year}"] .map-offices [data-key="${cssToken(o.office)}"]`).join(",")}{display:none}`);
    }
  }
  for (const layer of ["offices", "requests", "detention"]) {
    // The states stay drawn (uncoloured) when the requests layer is off; points disappear.
    if (layer !== "requests") rules.push(`${scope}[data-layers]:not([data-layers*="${layer}"]) .map-${layer}{display:none}`);
    rules.push(`${scope}[data-layers]:not([data-layers*="${layer}"]) .map-key-${layer}{display:none}`);
  }
  if (layers.requests) rules.push(`${scope}[data-layers]:not([data-layers*="requests"]) .map-states path{fill:var(--c-accent-soft)}`);
  return rules.join("\n");
}

/**
 * CSS for the selected state (`data-state` on the figure, a slug of data/places.csv): its
 * outline drawn heavier, and its panel (`.map-state-panel[data-state]`, rendered beside the
 * map for every state) shown. With no state selected (the default, and without JavaScript)
 * no panel shows; the table lists every state's figures.
 */
export function mapStateStyles(figureId: string, slugs: readonly string[]): string {
  const scope = `#${figureId}`;
  return [
    `${scope} .map-state-panel{display:none}`,
    ...slugs.map((slug) => `${scope}[data-state="${cssToken(slug)}"] .map-state-panel[data-state="${slug}"]{display:block}`),
    `${slugs.map((slug) => `${scope}[data-state="${slug}"] .map-states [data-key="st-${slug}"]`).join(",")}{stroke:var(--c-text);stroke-width:4px}`,
    `${scope}:not([data-state="none"]) .map-state-hint{display:none}`,
  ].join("\n");
}
