import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

export const EVENT_ACTORS = ["us-government", "mx-government", "us-courts", "mx-courts", "international", "caravans"] as const;
export const EVENT_CATEGORIES = ["enforcement", "asylum-access", "funding", "legal", "humanitarian"] as const;

/**
 * Dated U.S. and Mexican policy events: the one source of chart annotations and of the
 * timeline. Unit: events. `date` is ISO at the precision given in `precision`.
 */
export const policyEvents = defineDataset({
  id: "policy-events",
  columns: () => ({
    /** Stable permalink id: <date>-<slug>, never changed once published. */
    id: col.text(),
    date: col.isoDate(),
    precision: col.oneOf(["day", "month", "year"] as const),
    actor: col.oneOf(EVENT_ACTORS),
    category: col.oneOf(EVENT_CATEGORIES),
    title_en: col.text(),
    title_es: col.text(),
    description_en: col.text(),
    description_es: col.text(),
    /** Space-separated source ids. */
    sources: col.sourceIds(),
    /** Space-separated ids of charts that mark this event; empty for none. */
    charts: col.optional(col.text()),
  }),
  key: ["id"],
  sourceColumns: ["sources"],
});

export type PolicyEvent = ReturnType<typeof loadPolicyEvents>["rows"][number];

export const loadPolicyEvents = (dir?: string) => loadDataset(policyEvents, dir);

/** Events that a chart marks, in date order. */
export function eventsForChart(chartId: string, dir?: string): PolicyEvent[] {
  return loadPolicyEvents(dir)
    .rows.filter((event) => event.charts?.split(/\s+/).includes(chartId))
    .sort((a, b) => a.date.localeCompare(b.date));
}
