/**
 * CSV and JSON downloads that follow the selected state of a map (`?state=chiapas`): the links
 * under the map and in its share panel give that state's rows only, saved as
 * `<chart>-<state>.csv`. On the atlas that is the state's requests in every year with a
 * breakdown, its COMAR offices and its detention sites, whatever the layers and year on screen:
 * the rows of the panel the reader is looking at, which is what a newsroom asks for ("everything
 * on Chiapas"). Columns stay those of the full file, so files of two states stack. Filtered in the
 * browser from the build's files (same origin), which stay the downloads without JavaScript, with
 * no state, and on any failure. Imported on demand by chart-enhance.ts (maps only), so it stays
 * out of the shared chunk (astro.config.mjs: scripts/map-* are left to the bundler).
 */
import { csvLines } from "./range-downloads";
import { csvFields } from "./set-downloads";
import { saveFile } from "./save-file";

/** A column naming a row's state: `state` (a map chart's rows) or `<layer>.state` (the atlas's flattened rows). */
export const isStateColumn = (column: string) => column === "state" || column.endsWith(".state");

/** The places.csv id of a state's slug: `chiapas` → `st-chiapas`. */
export const stateId = (slug: string) => `st-${slug}`;

/** The CSV's header and the rows whose state column (any of them) is the state; the file unchanged if it has none. */
export function csvForState(csv: string, slug: string): string {
  const [header, ...rows] = csvLines(csv.replace(/\r\n/g, "\n"));
  if (!header) return csv;
  const columns = csvFields(header.replace(/\n$/, "")).map((name, index) => (isStateColumn(name) ? index : -1)).filter((index) => index >= 0);
  if (columns.length === 0) return csv;
  const id = stateId(slug);
  return [header, ...rows.filter((row) => { const fields = csvFields(row.replace(/\n$/, "")); return columns.some((index) => fields[index] === id); })].join("");
}

/** The JSON download with its `data` rows narrowed to the state, and the state recorded as `view`. */
export function jsonForState(json: string, slug: string): string {
  const body = JSON.parse(json) as { data?: unknown } & Record<string, unknown>;
  if (!Array.isArray(body.data)) return json;
  const id = stateId(slug);
  const data = body.data.filter((row: unknown) => typeof row === "object" && row !== null && Object.entries(row).some(([key, value]) => isStateColumn(key) && value === id));
  return `${JSON.stringify({ ...body, view: { state: slug }, data }, null, 2)}\n`;
}

/**
 * Hooks the figure's CSV/JSON links, and those of the share panel for the same chart, when the
 * figure declares a `state` view. The state is read at click time from the figure's data-state,
 * which the view script sets from the parsed URL (allow-listed; "none" for no state).
 */
export function followStateDownloads(figure: HTMLElement): void {
  let allowed: string[] = [];
  try {
    const views = JSON.parse(figure.dataset["views"] ?? "[]") as Array<{ name?: unknown; values?: unknown }>;
    const view = views.find((v) => v.name === "state");
    if (Array.isArray(view?.values)) allowed = view.values.filter((value): value is string => typeof value === "string" && value !== "none");
  } catch {
    return;
  }
  if (allowed.length === 0) return;
  const chartId = figure.dataset["chart"] ?? "chart";
  const panels = [...document.querySelectorAll<HTMLElement>("[data-share-root]")].filter((panel) => panel.dataset["chartId"] === chartId);
  const links = [figure, ...panels].flatMap((root) => [...root.querySelectorAll<HTMLAnchorElement>('a[download][href$="data.csv"], a[download][href$="data.json"]')]);
  for (const link of links) {
    link.addEventListener("click", async (event) => {
      const slug = figure.dataset["state"] ?? "none";
      if (!allowed.includes(slug)) return;
      event.preventDefault();
      const json = link.href.endsWith(".json");
      try {
        const response = await fetch(link.href, { credentials: "same-origin" });
        if (!response.ok) throw new Error(String(response.status));
        const text = await response.text();
        const name = `${chartId}-${slug}.${json ? "json" : "csv"}`;
        if (json) saveFile(new Blob([jsonForState(text, slug)], { type: "application/json" }), name);
        else saveFile(new Blob([csvForState(text, slug)], { type: "text/csv" }), name);
      } catch {
        window.location.href = link.href;
      }
    });
  }
}
