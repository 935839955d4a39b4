/**
 * The summary sentence of every time range a chart offers (`?time=2019..2025`): the chart's own
 * summary function run on the rows of those years, so a range's sentence is in the chart's own
 * words and never describes years it hides. Built at build time, like every other view, and sent
 * as one list of distinct sentences plus an index per range: the page's script swaps the sentence
 * (summary, the SVG's accessible name, the exported card's key sentence) without any text of its own.
 */
export interface RangeSummaries {
  /** Distinct sentences. */
  sentences: string[];
  /** "2019..2025" → index into sentences; the whole extent is not listed (it is the page's summary). */
  ranges: Record<string, number>;
}

export function rangeSummaries<Row>(rows: Row[], rowYears: readonly number[], summary: (rows: Row[]) => string, fullSummary: string): RangeSummaries {
  const min = Math.min(...rowYears);
  const max = Math.max(...rowYears);
  const sentences: string[] = [];
  const ranges: Record<string, number> = {};
  for (let from = min; from <= max; from++) {
    for (let to = from; to <= max; to++) {
      if (from === min && to === max) continue;
      const inside = rows.filter((_, index) => (rowYears[index] as number) >= from && (rowYears[index] as number) <= to);
      if (inside.length === 0) continue;
      const sentence = summary(inside);
      // The same words as every year's: nothing to swap (the page keeps its own sentence).
      if (sentence === fullSummary) continue;
      let index = sentences.indexOf(sentence);
      if (index === -1) index = sentences.push(sentence) - 1;
      ranges[`${from}..${to}`] = index;
    }
  }
  return { sentences, ranges };
}
