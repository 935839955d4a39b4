import type { ViewParam } from "~/lib/url/view-state";

/**
 * The tabs of a chart page and embed (issue 17): Chart · Table · Map (only when the rows have
 * places) · Sources. Every panel is in the server HTML; the tab is a URL parameter (`?tab=table`)
 * so a link can open any of them, and without JavaScript all panels show in order.
 */
export const TAB_NAMES = ["chart", "table", "map", "sources"] as const;
export type TabName = (typeof TAB_NAMES)[number];

/** The tabs a chart has, in display order. */
export function chartTabs(hasPlaces: boolean): TabName[] {
  return TAB_NAMES.filter((tab) => tab !== "map" || hasPlaces);
}

/** The `tab` view parameter for those tabs; the chart is the default and is never written. */
export function tabView(tabs: readonly TabName[]): ViewParam {
  return { name: "tab", values: [...tabs], fallback: "chart" };
}

/** The id of a tab's panel (the in-page link target without JavaScript). */
export function panelId(chartId: string, tab: TabName): string {
  return `chart-${chartId}-${tab}`;
}

/**
 * The number a table cell sorts by, read from its formatted text when the column gives no raw
 * value: digits, one decimal point (en and es-MX both write "1,234.5"), a leading minus. Cells
 * without a number ("—", "No data") give undefined and sort last.
 */
export function numberFromText(text: string): number | undefined {
  const cleaned = text.replace(/[−–]/g, "-").replace(/[^\d.-]/g, "");
  if (!/\d/.test(cleaned)) return undefined;
  const value = Number.parseFloat(cleaned);
  return Number.isFinite(value) ? value : undefined;
}
