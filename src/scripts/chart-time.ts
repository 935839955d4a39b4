/**
 * Browser half of the time range (`?time=2019..2025`; build-time half in
 * src/lib/charts/time-axis.ts): the years outside the range are hidden in the SVG and the table,
 * the rest spread across the plot width (and y fitted to them, chart-time-y.ts). x' = left + f·(x − shift − left), where shift moves the
 * first year shown to the first band and f = step'/step widens the bands to fill the plot; bars
 * widen by f, text and ticks only move. The original positions are read once and kept.
 */
import { clipPolyline, clipSpan, pointInside, utcWindow } from "~/lib/charts/time-map";
import { rangeYears } from "~/lib/url/view-state";
import { refitY } from "./chart-time-y";

interface Original {
  d?: string;
  x?: number;
  width?: number;
  x1?: number;
  x2?: number;
  cx?: number;
  transform?: string;
}

const originals = new WeakMap<Element, Original>();

function original(element: Element): Original {
  let saved = originals.get(element);
  if (!saved) {
    const number = (name: string) => (element.hasAttribute(name) ? Number(element.getAttribute(name)) : undefined);
    saved = {};
    for (const name of ["x", "width", "x1", "x2", "cx"] as const) {
      const value = number(name);
      if (value !== undefined) saved[name] = value;
    }
    const transform = element.getAttribute("transform");
    if (transform !== null) saved.transform = transform;
    const d = element.getAttribute("d");
    if (d !== null) saved.d = d;
    originals.set(element, saved);
  }
  return saved;
}

const round = (value: number) => String(Math.round(value * 100) / 100);

const TRANSLATE_X = /^\s*translate\(\s*(-?[\d.e+-]+)/;

/**
 * Shows the years from..to of an SVG on a UTC axis (see tagUtcAxis in time-axis.ts): positions
 * inside the window are spread over the plot, spans and polylines are cut at its edges, and
 * everything outside is hidden.
 */
function rangeUtcSvg(svg: SVGSVGElement, from: number, to: number): void {
  const data = svg.dataset;
  const window = utcWindow({ start: Number(data["timeStart"]), end: Number(data["timeEnd"]), left: Number(data["timeLeft"]), right: Number(data["timeRight"]) }, from, to);
  if (!window) return;
  for (const element of svg.querySelectorAll<SVGElement>("[data-t]")) {
    const saved = original(element);
    const offset = Number(element.dataset["xOffset"] ?? 0);
    // Positions are in the element's own coordinates; the window is in the SVG's, hence the offset.
    let shown = true;
    const kind = element.dataset["t"];
    if (kind === "path" && saved.d !== undefined) {
      const d = offset === 0 ? clipPolyline(window, saved.d) : undefined;
      if (d !== undefined) element.setAttribute("d", d === "" ? "M0,0" : d);
      shown = d !== "";
    } else if (kind === "span" && saved.x !== undefined && saved.width !== undefined) {
      const span = clipSpan(window, saved.x + offset, saved.x + saved.width + offset);
      if (span) {
        element.setAttribute("x", round(span[0] - offset));
        element.setAttribute("width", round(span[1] - span[0]));
      }
      shown = span !== undefined;
    } else if (kind === "span" && saved.x1 !== undefined && saved.x2 !== undefined) {
      const span = clipSpan(window, saved.x1 + offset, saved.x2 + offset);
      if (span) {
        const [a, b] = saved.x1 <= saved.x2 ? span : [span[1], span[0]];
        element.setAttribute("x1", round(a - offset));
        element.setAttribute("x2", round(b - offset));
      }
      shown = span !== undefined;
    } else {
      const own = saved.cx ?? saved.x ?? saved.x1 ?? Number(TRANSLATE_X.exec(saved.transform ?? "")?.[1]);
      shown = Number.isFinite(own) && pointInside(window, own + offset);
      const moved = round(window.map(own + offset) - offset);
      if (saved.cx !== undefined) element.setAttribute("cx", moved);
      else if (saved.x !== undefined) element.setAttribute("x", moved);
      else if (saved.x1 !== undefined) {
        element.setAttribute("x1", moved);
        element.setAttribute("x2", moved);
      } else if (saved.transform) element.setAttribute("transform", saved.transform.replace(TRANSLATE_X, `translate(${moved}`));
    }
    element.style.display = shown ? "" : "none";
  }
}

/** Shows the years from..to of one tagged SVG (see time-axis.ts); untagged SVGs are left alone. */
function rangeSvg(svg: SVGSVGElement, from: number, to: number): void {
  const data = svg.dataset;
  const first = Number(data["timeFirst"]);
  const count = Number(data["timeCount"]);
  const step = Number(data["timeStep"]);
  const left = Number(data["timeLeft"]);
  const right = Number(data["timeRight"]);
  if (![first, count, step, left, right].every(Number.isFinite) || step <= 0) return;
  const shown = to - from + 1;
  const padding = (right - left) / step - count;
  const factor = (count + padding) / (shown + padding);
  const shift = (from - first) * step;
  for (const element of svg.querySelectorAll<SVGElement>("[data-year]")) {
    const year = Number(element.dataset["year"]);
    const inside = year >= from && year <= to;
    element.style.display = inside ? "" : "none";
    const saved = original(element);
    const offset = Number(element.dataset["xOffset"] ?? 0);
    // Positions are in the element's own coordinates; the map is in the SVG's, hence the offset.
    const move = (x: number) => left + factor * (x + offset - shift - left) - offset;
    if (saved.x !== undefined && saved.width !== undefined) {
      element.setAttribute("x", round(move(saved.x)));
      element.setAttribute("width", round(saved.width * factor));
    } else if (saved.x !== undefined) element.setAttribute("x", round(move(saved.x)));
    if (saved.x1 !== undefined) element.setAttribute("x1", round(move(saved.x1)));
    if (saved.x2 !== undefined) element.setAttribute("x2", round(move(saved.x2)));
    if (saved.cx !== undefined) element.setAttribute("cx", round(move(saved.cx)));
    if (saved.x === undefined && saved.x1 === undefined && saved.cx === undefined && saved.transform) {
      element.setAttribute("transform", saved.transform.replace(/^\s*translate\(\s*(-?[\d.e+-]+)/, (_, x: string) => `translate(${round(move(Number(x)))}`));
    }
  }
}

/** The figure's sentence per range (src/lib/charts/range-summaries.ts), read once; our own markup, parsed defensively. */
const summariesOf = new WeakMap<HTMLElement, { sentences: string[]; ranges: Record<string, number>; all: string }>();

function summaries(figure: HTMLElement) {
  let known = summariesOf.get(figure);
  if (!known) {
    const all = figure.querySelector(".chart-summary")?.textContent ?? "";
    known = { sentences: [], ranges: {}, all };
    try {
      const parsed = JSON.parse(figure.dataset["rangeSummaries"] ?? "null") as { sentences?: unknown; ranges?: unknown } | null;
      if (Array.isArray(parsed?.sentences) && parsed.sentences.every((s) => typeof s === "string") && parsed.ranges && typeof parsed.ranges === "object") {
        known = { sentences: parsed.sentences as string[], ranges: parsed.ranges as Record<string, number>, all };
      }
    } catch {
      // Keep the page's own sentence.
    }
    summariesOf.set(figure, known);
  }
  return known;
}

/** Puts the range's sentence in the summary and the SVGs' accessible names (and so on the exported card). */
function showRangeSummary(figure: HTMLElement, from: number, to: number): void {
  const known = summaries(figure);
  const sentence = known.sentences[known.ranges[`${from}..${to}`] ?? -1] ?? known.all;
  const paragraph = figure.querySelector(".chart-summary");
  if (paragraph && paragraph.textContent !== sentence) paragraph.textContent = sentence;
  for (const svg of figure.querySelectorAll(".chart-svg > svg[aria-label]")) svg.setAttribute("aria-label", sentence);
}

/** Applies a range value ("" = every year) to the figure's SVGs, table rows, events key and summary. */
export function applyTimeRange(figure: HTMLElement, value: string, range: { min: number; max: number }): [number, number] {
  const [from, to] = rangeYears(value, range);
  const canonicalAll = from === range.min && to === range.max;
  for (const svg of figure.querySelectorAll<SVGSVGElement>("svg[data-time-first]")) rangeSvg(svg, from, to);
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg[data-time-scale="utc"]')) rangeUtcSvg(svg, from, to);
  const lang = figure.ownerDocument.documentElement.lang.startsWith("es") ? "es" : "en";
  for (const svg of figure.querySelectorAll<SVGSVGElement>("svg[data-y-max]")) refitY(svg, lang);
  // The events key lists the events marked on the years shown (each keeps its number).
  for (const row of figure.querySelectorAll<HTMLElement>("tr[data-year], .chart-events li[data-year]")) {
    const year = Number(row.dataset["year"]);
    // Every year ("") lists every row, also rows of years the chart does not draw (share-only nationality rows).
    row.hidden = canonicalAll ? false : !(year >= from && year <= to);
  }
  for (const select of figure.querySelectorAll<HTMLSelectElement>("select[data-range-part]")) select.value = String(select.dataset["rangePart"] === "from" ? from : to);
  showRangeSummary(figure, from, to);
  return [from, to];
}

/** The range value the two selects describe (a reversed pair is put in order). */
export function rangeFromSelects(figure: HTMLElement): string {
  const part = (name: string) => Number(figure.querySelector<HTMLSelectElement>(`select[data-range-part="${name}"]`)?.value);
  const a = part("from");
  const b = part("to");
  return `${Math.min(a, b)}..${Math.max(a, b)}`;
}

/** "2019–2025" for a range value, "" for every year (for titles of cards and share links). */
export function rangeLabel(value: string | undefined): string {
  const match = /^(\d{4})\.\.(\d{4})$/.exec(value ?? "");
  return match ? (match[1] === match[2] ? (match[1] as string) : `${match[1]}–${match[2]}`) : "";
}
