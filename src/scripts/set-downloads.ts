import { SET_SEPARATOR } from "~/lib/url/view-state";
import { saveFile } from "./save-file";

/**
 * CSV and JSON downloads that follow a set view: with ?country=VEN~HND on screen, the links
 * under the chart and in the share panel give the rows of those series only (filtered in the
 * browser from the build's files, which stay the downloads without JavaScript and for the
 * default set). Same-origin fetches only; on any failure the link's full file is served.
 */

/** Splits one CSV line (RFC 4180 quoting) into its fields. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The CSV's header and the lines whose `column` is one of `keys` (lines without quoted newlines). */
export function filterCsv(text: string, column: string, keys: readonly string[]): string {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const header = lines[0] ?? "";
  const index = csvFields(header).indexOf(column);
  if (index < 0) return text;
  const kept = lines.slice(1).filter((line) => line !== "" && keys.includes(csvFields(line)[index] ?? ""));
  return `${[header, ...kept].join("\n")}\n`;
}

/** The JSON download with its `data` rows narrowed to the set, and the set recorded as `view`. */
export function filterJson(text: string, column: string, name: string, keys: readonly string[]): string {
  const parsed = JSON.parse(text) as { data?: Array<Record<string, unknown>> } & Record<string, unknown>;
  if (!Array.isArray(parsed.data)) return text;
  const data = parsed.data.filter((row) => keys.includes(String(row[column])));
  return `${JSON.stringify({ ...parsed, view: { [name]: keys.join(SET_SEPARATOR) }, data }, null, 2)}\n`;
}

/**
 * Hooks the figure's CSV/JSON links, and the share panel's for the same chart. `current` gives
 * the set on screen, or undefined when it is the default (the build's files are then right).
 */
export function followDownloads(figure: HTMLElement, name: string, column: string, current: () => string[] | undefined): void {
  const chartId = figure.dataset["chart"] ?? "";
  const panels = [...document.querySelectorAll<HTMLElement>("[data-share-root]")].filter((panel) => panel.dataset["chartId"] === chartId);
  const links = [figure, ...panels].flatMap((root) => [...root.querySelectorAll<HTMLAnchorElement>('a[download][href$="data.csv"], a[download][href$="data.json"]')]);
  for (const link of links) {
    link.addEventListener("click", async (event) => {
      const keys = current();
      if (!keys) return;
      event.preventDefault();
      const json = link.href.endsWith(".json");
      try {
        const response = await fetch(link.href, { credentials: "same-origin" });
        if (!response.ok) throw new Error(String(response.status));
        const text = await response.text();
        const fileName = `${chartId}-${keys.join("-")}.${json ? "json" : "csv"}`;
        if (json) saveFile(new Blob([filterJson(text, column, name, keys)], { type: "application/json" }), fileName);
        else saveFile(new Blob([filterCsv(text, column, keys)], { type: "text/csv" }), fileName);
      } catch {
        window.location.href = link.href;
      }
    });
  }
}
