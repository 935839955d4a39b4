import { csvFormat } from "d3-dsv";
import type { PreparedChart } from "./prepare";

/** Exactly the rows a chart draws, as CSV (columns: every field any row has). */
export function chartCsv(chart: PreparedChart): string {
  const columns = [...new Set(chart.records.flatMap((record) => Object.keys(record)))];
  return `${csvFormat(chart.records, columns)}\n`;
}

/** The rows a chart draws as JSON, with its title, unit, dataset and full source records. */
export function chartJson(chart: PreparedChart): string {
  const body = { chart: chart.id, title: chart.title, unit: chart.meta.unit, dataset: `/data/${chart.meta.id}.json`, sources: chart.sources.map(({ line: _line, ...source }) => source), data: chart.records };
  return `${JSON.stringify(body, null, 2)}\n`;
}
