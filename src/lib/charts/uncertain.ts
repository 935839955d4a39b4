import { t, type Lang } from "~/i18n";
import { loadSources, WEAKEST_TIER } from "~/lib/data/sources";
import type { LegendItem } from "./types";

/**
 * A value whose only source is a copy, a rewrite or an aggregator (tier 5) is drawn as uncertain:
 * paler and dashed, hollow where it is a dot, with a legend entry and a tooltip that says so.
 * (No headline series may rest on such a value: tests/unit/lib/data/tiers.test.ts.)
 */
export function restsOnCopy(sourceId: string): boolean {
  return loadSources().get(sourceId)?.tier === WEAKEST_TIER;
}

export const UNCERTAIN_CLASS = "mark-primary mark-uncertain";

export function uncertainTooltip(lang: Lang, tooltip: string, sourceId: string): string {
  return restsOnCopy(sourceId) ? `${tooltip} ${t(lang, "chart.copy_only_note")}` : tooltip;
}

/** The legend entry, when any of the rows rests on a copy. */
export function uncertainLegend(rows: ReadonlyArray<{ source: string }>, lang: Lang): LegendItem[] {
  return rows.some((row) => restsOnCopy(row.source)) ? [{ key: "copy-only", label: t(lang, "chart.copy_only_legend"), color: "transparent" }] : [];
}
