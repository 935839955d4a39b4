import * as Plot from "@observablehq/plot";
import { t, type Lang } from "~/i18n";
import { loadCrimesAndImpunity } from "~/lib/data/datasets/dated-measures";
import { formatCount, formatPercent } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { baseStyle, REMAINDER_COLOR } from "../theme";
import { qualified } from "../qualified";
import type { ChartDefinition, ChartRenderOptions } from "../types";

type Row = ReturnType<typeof loadCrimesAndImpunity>["rows"][number];

/** Cells per row of the waffle: one cell is one crime reported. */
const CELLS_PER_ROW = { compact: 60, wide: 100 } as const;

/** The crimes-reported figure and the sentences for the same period and source. */
export function crimesAndSentences(rows: readonly Row[]): { crimes: Row; sentences: Row } | undefined {
  for (const crimes of rows.filter((row) => row.measure === "crimes-reported")) {
    const sentences = rows.find((row) => row.measure === "sentences" && row.period_start === crimes.period_start && row.period_end === crimes.period_end);
    if (sentences) return { crimes, sentences };
  }
  return undefined;
}

/**
 * A waffle of one square per crime reported; the squares of crimes that ended in a sentence
 * are coloured, so the few among the many stay visible at any width.
 */
export function impunitySpec(rows: readonly Row[], { lang, layout, width }: ChartRenderOptions): Plot.PlotOptions {
  const pair = crimesAndSentences(rows);
  const compact = layout === "compact";
  const perRow = CELLS_PER_ROW[layout];
  if (!pair) return { width, height: 40, marks: [] };
  const { crimes, sentences } = pair;
  const parts = [
    { key: "sentences", value: sentences.value },
    { key: "no-sentence", value: crimes.value - sentences.value },
  ];
  const cell = (width - 20) / perRow;
  const rowsOfCells = Math.ceil(crimes.value / perRow);
  return {
    width,
    height: Math.ceil(rowsOfCells * cell) + 24,
    marginLeft: 10,
    marginRight: 10,
    marginTop: 4,
    marginBottom: 20,
    style: baseStyle(13),
    x: { axis: null },
    y: { axis: null, domain: [0, crimes.value] },
    color: { domain: ["sentences", "no-sentence"], range: ["#D55E00", REMAINDER_COLOR] },
    marks: [
      Plot.waffleY(parts, {
        y: "value",
        fill: "key",
        multiple: perRow,
        unit: 1,
        gap: compact ? 0.5 : 1,
        className: "mark-series",
        title: (part: { key: string; value: number }) =>
          t(lang, part.key === "sentences" ? "chart.impunity.tooltip_sentences" : "chart.impunity.tooltip_rest", {
            count: formatCount(lang, part.value),
            total: formatCount(lang, crimes.value),
            period: periodLabel(lang, crimes.period_start, crimes.period_end, false),
          }),
        ariaLabel: "key",
      }),
    ],
  };
}

export function impunitySummary(rows: readonly Row[], lang: Lang): string {
  const pair = crimesAndSentences(rows);
  if (!pair) return t(lang, "chart.no_data");
  const { crimes, sentences } = pair;
  return t(lang, "chart.impunity.summary", {
    crimes: formatCount(lang, crimes.value),
    sentences: formatCount(lang, sentences.value),
    period: periodLabel(lang, crimes.period_start, crimes.period_end, false),
    share: formatPercent(lang, sentences.value / crimes.value, 1),
  });
}

export const impunityChart: ChartDefinition<Row> = {
  id: "impunity",
  datasetId: "crimes-and-impunity",
  load: () => loadCrimesAndImpunity(),
  spec: impunitySpec,
  summary: impunitySummary,
  legend: (rows, lang) => {
    const pair = crimesAndSentences(rows);
    return [
      { key: "sentences", label: t(lang, "chart.impunity.legend_sentences", { count: formatCount(lang, pair?.sentences.value ?? 0) }), color: "#D55E00" },
      { key: "no-sentence", label: t(lang, "chart.impunity.legend_rest", { count: formatCount(lang, (pair?.crimes.value ?? 0) - (pair?.sentences.value ?? 0)) }), color: REMAINDER_COLOR },
    ];
  },
  table: [
    { header: (lang) => t(lang, "table.measure"), cell: (row, lang) => t(lang, `measure.${row.measure}` as Parameters<typeof t>[1]) },
    { header: (lang) => t(lang, "table.period"), cell: (row, lang) => periodLabel(lang, row.period_start, row.period_end, false) },
    { header: (lang) => t(lang, "table.value"), cell: (row, lang) => qualified(row, lang), numeric: true },
  ],
  rowSource: (row) => row.source,
};
