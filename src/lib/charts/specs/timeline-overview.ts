import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { formatCompact, formatCount } from "~/lib/format";
import { baseStyle } from "../theme";

export interface OverviewYear {
  year: number;
  events: number;
  /** Asylum requests that year (full years only), or undefined. */
  requests: number | undefined;
}

const STRIP_HEIGHT_PX = 164;

/**
 * The timeline's overview strip: events per year as a row of ticks above the annual asylum
 * requests, on one year axis, so policy and numbers read together. Pure: data in, Plot out.
 */
export function timelineOverviewSpec(years: readonly OverviewYear[], lang: Lang, width: number): Plot.PlotOptions {
  const domain = years.map((y) => y.year);
  const maxRequests = Math.max(1, ...years.map((y) => y.requests ?? 0));
  const compact = width < 500;
  return {
    width,
    height: STRIP_HEIGHT_PX,
    marginTop: 40,
    marginLeft: compact ? 36 : 44,
    marginRight: 8,
    marginBottom: 22,
    style: baseStyle(12),
    x: { type: "band", domain, padding: 0.15, label: null, tickFormat: (y: number) => (compact ? (y % 4 === 0 ? String(y) : "") : y % 2 === 0 ? String(y) : "") },
    y: { domain: [0, maxRequests], axis: "left", ticks: 2, label: t(lang, "timeline.overview_requests"), labelArrow: false, tickFormat: (v: number) => formatCompact(lang, v), grid: true },
    marks: [
      Plot.barY(years.filter((y) => y.requests !== undefined), { x: "year", y: "requests", fill: "currentColor", className: "mark-partial", title: (y: OverviewYear) => t(lang, "timeline.overview_requests_tooltip", { year: y.year, count: formatCount(lang, y.requests ?? 0) }) }),
      // Events: the number of events that year, above the frame.
      Plot.text(years.filter((y) => y.events > 0), { x: "year", frameAnchor: "top", dy: -14, text: (y: OverviewYear) => String(y.events), fill: "currentColor", fontWeight: 700, className: "mark-event-label", title: (y: OverviewYear) => t(lang, "timeline.overview_events_tooltip", { year: y.year, count: y.events }) }),
    ],
  };
}
