/**
 * CSV and JSON downloads follow the time range: while a range is shown, a click fetches the
 * build-time file (same origin), keeps the rows of the years shown and saves that as a file of its
 * own (`<chart>-2019-2025.csv`). Rows are matched by position, with the year of each row the
 * figure carries (data-row-years, in the order of the files). For every year, or if anything
 * fails, the link downloads the full file as it would without JavaScript.
 */
import { rangeYears } from "~/lib/url/view-state";
import { saveFile } from "./save-file";

/**
 * The lines of a CSV (RFC 4180, as d3-dsv writes it: "\n" between rows, quoted fields may hold
 * newlines and doubled quotes), each with its newline. No CSV library in the browser for this.
 */
export function csvLines(csv: string): string[] {
  const text = csv.endsWith("\n") ? csv : `${csv}\n`;
  return text.match(/(?:"(?:[^"]|"")*"|[^"\n])*\n/g) ?? [];
}

/** The rows of a chart's CSV for the years shown (header kept; rows matched by position). */
export function csvForYears(csv: string, rowYears: readonly number[], from: number, to: number): string {
  const [header, ...rows] = csvLines(csv);
  if (!header) return csv;
  return [header, ...rows.filter((_, index) => { const year = rowYears[index]; return year !== undefined && year >= from && year <= to; })].join("");
}

/** The chart's JSON with only the years shown in `data`, and the range it covers. */
export function jsonForYears(json: string, rowYears: readonly number[], from: number, to: number): string {
  const body = JSON.parse(json) as { data?: unknown[] } & Record<string, unknown>;
  const data = Array.isArray(body.data) ? body.data.filter((_, index) => { const year = rowYears[index]; return year !== undefined && year >= from && year <= to; }) : [];
  return `${JSON.stringify({ ...body, years: { from, to }, data }, null, 2)}\n`;
}

/** Makes a figure's data links (and any others given) download the range on screen. */
export function enhanceDownloads(figure: HTMLElement, links: Iterable<HTMLAnchorElement>): void {
  let rowYears: number[];
  let range: { min: number; max: number } | undefined;
  try {
    rowYears = (JSON.parse(figure.dataset["rowYears"] ?? "[]") as unknown[]).map(Number);
    const views = JSON.parse(figure.dataset["views"] ?? "[]") as Array<{ name?: string; range?: { min: number; max: number } }>;
    range = views.find((view) => view.name === "time")?.range;
  } catch {
    return;
  }
  if (!range || rowYears.length === 0 || !rowYears.every(Number.isInteger)) return;
  const extent = range;
  for (const link of links) {
    const kind = link.dataset["download"];
    if (kind !== "csv" && kind !== "json") continue;
    link.addEventListener("click", async (event) => {
      const value = figure.dataset["time"] ?? "";
      if (value === "") return;
      event.preventDefault();
      const [from, to] = rangeYears(value, extent);
      try {
        const response = await fetch(link.href);
        if (!response.ok) throw new Error(String(response.status));
        const text = await response.text();
        const name = `${figure.dataset["chart"] ?? "chart"}-${from}-${to}.${kind}`;
        if (kind === "csv") saveFile(new Blob([csvForYears(text, rowYears, from, to)], { type: "text/csv" }), name);
        else saveFile(new Blob([jsonForYears(text, rowYears, from, to)], { type: "application/json" }), name);
      } catch {
        window.location.href = link.href;
      }
    });
  }
}
