/**
 * Browser half of the time range (`?time=2019..2025`; build-time half in
 * src/lib/charts/time-axis.ts): the years outside the range are hidden in the SVG and the table,
 * the rest spread across the plot width. x' = left + f·(x − shift − left), where shift moves the
 * first year shown to the first band and f = step'/step widens the bands to fill the plot; bars
 * widen by f, text and ticks only move. The original positions are read once and kept.
 */
import { rangeYears } from "~/lib/url/view-state";

interface Original {
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
    originals.set(element, saved);
  }
  return saved;
}

const round = (value: number) => String(Math.round(value * 100) / 100);

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

/** Applies a range value ("" = every year) to the figure's SVGs, table rows and events key. */
export function applyTimeRange(figure: HTMLElement, value: string, range: { min: number; max: number }): [number, number] {
  const [from, to] = rangeYears(value, range);
  for (const svg of figure.querySelectorAll<SVGSVGElement>("svg[data-time-first]")) rangeSvg(svg, from, to);
  // The events key lists the events marked on the years shown (each keeps its number).
  for (const row of figure.querySelectorAll<HTMLElement>("tr[data-year], .chart-events li[data-year]")) {
    const year = Number(row.dataset["year"]);
    row.hidden = !(year >= from && year <= to);
  }
  for (const select of figure.querySelectorAll<HTMLSelectElement>("select[data-range-part]")) select.value = String(select.dataset["rangePart"] === "from" ? from : to);
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
