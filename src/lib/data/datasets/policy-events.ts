import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";
import { CHART_IDS } from "~/lib/charts/chart-ids";

/** Space-separated chart ids; each must be a chart of the site, or its marker would silently vanish. */
function chartIds() {
  return col.present.refine((s) => s.split(/\s+/).filter(Boolean).every((id) => (CHART_IDS as readonly string[]).includes(id)), {
    message: `every chart id must be one of: ${CHART_IDS.join(", ")}`,
    params: { rule: "unknown-chart" },
    abort: true,
  });
}

export const EVENT_ACTORS = ["us-government", "mx-government", "us-courts", "mx-courts", "international", "caravans"] as const;
export const EVENT_CATEGORIES = ["enforcement", "asylum-access", "funding", "legal", "humanitarian"] as const;

/**
 * Dated U.S. and Mexican policy events: the one source of chart annotations and of the
 * timeline. Unit: events. `date` is ISO at the precision given in `precision`.
 */
export const policyEvents = defineDataset({
  id: "policy-events",
  columns: (meta) => ({
    /** Stable permalink id: <date>-<slug>, never changed once published. */
    id: col.slug(),
    date: col.isoDate(meta.period),
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
    charts: col.optional(chartIds()),
  }),
  key: ["id"],
  sourceColumns: ["sources"],
  rowRules: [
    (row) => {
      const expected = { day: 10, month: 7, year: 4 }[row.precision];
      if (row.date.length === expected) return undefined;
      return { column: "precision", rule: "precision-mismatch", message: `precision "${row.precision}" needs a date written as ${{ day: "YYYY-MM-DD", month: "YYYY-MM", year: "YYYY" }[row.precision]}; the date is "${row.date}"` };
    },
  ],
});

export type PolicyEvent = ReturnType<typeof loadPolicyEvents>["rows"][number];

export const loadPolicyEvents = (dir?: string) => loadDataset(policyEvents, dir);

/** Events that a chart marks, in date order. */
export function eventsForChart(chartId: string, dir?: string): PolicyEvent[] {
  return loadPolicyEvents(dir)
    .rows.filter((event) => event.charts?.split(/\s+/).includes(chartId))
    .sort((a, b) => a.date.localeCompare(b.date));
}
