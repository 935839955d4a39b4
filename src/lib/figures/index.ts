import { t, type Lang } from "~/i18n";
import { isFullYear, loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { formatCount, formatMultiple } from "~/lib/format";

/** A key figure as shown in prose and cards: computed from a dataset, never typed by hand. */
export interface KeyFigure {
  value: string;
  label: string;
  context: string;
  /** Source ids backing the figure. */
  sourceIds: string[];
  /** Canonical chart page that shows it. */
  chartId: string;
}

/** The peak full year of asylum requests, compared with the first year of the series. */
export function asylumPeakFigure(lang: Lang): KeyFigure {
  const rows = loadAsylumRequestsByYear().rows.filter(isFullYear);
  const first = rows[0];
  const peak = rows.reduce((best, row) => (row.requests > best.requests ? row : best));
  if (!first) throw new Error("asylumPeakFigure: the dataset has no full year");
  return {
    value: formatCount(lang, peak.requests),
    label: t(lang, "home.figure_label", { year: peak.year }),
    context: t(lang, "home.figure_context", { multiple: formatMultiple(lang, peak.requests / first.requests), firstCount: formatCount(lang, first.requests), firstYear: first.year }),
    sourceIds: [...new Set([peak.source, first.source])],
    chartId: "asylum-requests-by-year",
  };
}
