/**
 * Build-time half of the time range (`?time=2019..2025`). On an SVG drawn on a band scale of
 * years, each mark positioned by year gets `data-year`, and the SVG records its band geometry
 * (data-time-first, -count, -step, -left, -right: px in the SVG's own coordinates). The browser
 * (src/scripts/chart-time.ts) then hides the years outside a range and spreads the rest across
 * the plot width with one affine map of x, so any range is derived from this one SVG: no second
 * drawing, no Plot in the browser, and text keeps its size (only positions and bar widths change).
 */

/** What Plot's returned SVG tells of its x scale (`svg.scale("x")`); step only on band scales. */
interface XScale {
  type: string;
  domain: unknown[];
  range: [number, number];
  step: number;
}

type PlottedSvg = Element & { scale?: (name: string) => XScale | undefined };

/** The x translation of a `transform` that starts with translate(x[,y]); 0 when there is none. */
export function translateX(transform: string | null): number | undefined {
  const match = /^\s*translate\(\s*(-?[\d.e+-]+)/.exec(transform ?? "");
  return match ? Number(match[1]) : undefined;
}

/** The x position an element is drawn at, in its own coordinates, if it has one of its own. */
function ownX(element: Element): number | undefined {
  const tag = element.tagName.toLowerCase();
  const number = (name: string) => (element.hasAttribute(name) ? Number(element.getAttribute(name)) : undefined);
  if (tag === "rect") {
    const x = number("x");
    const width = number("width");
    return x !== undefined && width !== undefined ? x + width / 2 : undefined;
  }
  if (tag === "line") {
    const x1 = number("x1");
    return x1 !== undefined && x1 === number("x2") ? x1 : undefined;
  }
  if (tag === "text" || tag === "circle") return number(tag === "circle" ? "cx" : "x") ?? translateX(element.getAttribute("transform"));
  // Paths count only when placed by a translate (axis ticks); drawn paths (lines, areas) span years.
  if (tag === "path") return translateX(element.getAttribute("transform"));
  return undefined;
}

/** The x offset the element's ancestor groups add, up to the SVG. */
function ancestorOffset(element: Element, svg: Element): number {
  let offset = 0;
  for (let node = element.parentElement; node && node !== svg; node = node.parentElement) offset += translateX(node.getAttribute("transform")) ?? 0;
  return offset;
}

/** Marks of the y axis (ticks, labels, title, grid) stay put whatever the range. */
const onYAxis = (element: Element) => element.closest('[aria-label^="y-"], [data-plot^="y-"]') !== null;

/**
 * Tags the marks of an SVG whose x axis is years (a band of years, or UTC time) for the time
 * range; does nothing for any other x scale.
 */
export function tagTimeAxis(svg: PlottedSvg): void {
  const x = svg.scale?.("x");
  if (x?.type === "band") tagYearBands(svg, x);
  else if (x?.type === "utc") tagUtcAxis(svg, x);
  else return;
  tagValueAxis(svg);
}

/**
 * For a range to refit y (src/scripts/chart-time-y.ts): a linear y scale from 0 records its top
 * value and the px of 0 and of that top; each y tick label its value. Other y scales are left
 * alone (the range then keeps every year's scale).
 */
function tagValueAxis(svg: PlottedSvg): void {
  const y = svg.scale?.("y");
  const [low, high] = (y?.domain ?? []).map(Number);
  if (!y || y.type !== "linear" || low !== 0 || !(high !== undefined && high > 0)) return;
  const [zero, top] = y.range;
  svg.setAttribute("data-y-max", String(high));
  svg.setAttribute("data-y-zero", String(zero));
  svg.setAttribute("data-y-top", String(top));
  for (const label of svg.querySelectorAll('[aria-label="y-axis tick label"] text')) {
    const py = Number(/translate\([^,]+,\s*([-\d.e]+)\)/.exec(label.getAttribute("transform") ?? "")?.[1]);
    if (Number.isFinite(py)) label.setAttribute("data-y-value", String(Number((((zero - py) / (zero - top)) * high).toPrecision(6))));
  }
}

/**
 * A UTC time axis (monthly or dated series): the SVG records its domain (ms since 1970) and plot
 * edges (px), and every mark placed on x gets `data-t` ("x" for a position, "x1-x2" for a span
 * such as a bar or a segment, "path" for a polyline of M/L commands), plus `data-x-offset` when
 * its groups are translated. The browser maps any range of years onto the plot width from the
 * original positions (src/lib/charts/time-map.ts), clipping spans and polylines at its edges.
 */
function tagUtcAxis(svg: PlottedSvg, x: XScale): void {
  const [start, end] = x.domain.map((value) => (value instanceof Date ? value.getTime() : Number(value)));
  if (start === undefined || end === undefined || !Number.isFinite(start) || !Number.isFinite(end) || end <= start) return;
  svg.setAttribute("data-time-scale", "utc");
  svg.setAttribute("data-time-start", String(start));
  svg.setAttribute("data-time-end", String(end));
  svg.setAttribute("data-time-left", String(x.range[0]));
  svg.setAttribute("data-time-right", String(x.range[1]));
  for (const element of svg.querySelectorAll("rect, line, text, path, circle")) {
    if (onYAxis(element)) continue;
    const tag = element.tagName.toLowerCase();
    let kind: string | undefined;
    if (tag === "rect" && element.hasAttribute("x") && element.hasAttribute("width")) kind = "span";
    else if (tag === "line" && element.getAttribute("x1") !== element.getAttribute("x2")) kind = "span";
    else if (tag === "path" && !element.hasAttribute("transform") && /^[ML\d.,\s-]+$/.test(element.getAttribute("d") ?? "")) kind = "path";
    else if (ownX(element) !== undefined) kind = "point";
    if (!kind) continue;
    element.setAttribute("data-t", kind);
    const offset = ancestorOffset(element, svg);
    if (offset !== 0) element.setAttribute("data-x-offset", String(offset));
  }
}

/**
 * Tags the marks of a year-band SVG (see the module comment). The y axis (its ticks, labels,
 * title) is never tagged: it stays whatever the range.
 */
function tagYearBands(svg: PlottedSvg, x: XScale): void {
  if (x.domain.length === 0 || !x.domain.every((year) => Number.isInteger(year))) return;
  const years = x.domain as number[];
  const [left, right] = x.range;
  const first = years[0] as number;
  const count = years.length;
  // Band centres: the scale's outer padding p (a share of a step) comes before the first band.
  // Plot rounds step and bands to whole pixels, so the padding left over is what was drawn.
  const padding = (right - left) / x.step - count;
  const firstCentre = left + (x.step * (1 + padding)) / 2;
  svg.setAttribute("data-time-first", String(first));
  svg.setAttribute("data-time-count", String(count));
  svg.setAttribute("data-time-step", String(x.step));
  svg.setAttribute("data-time-left", String(left));
  svg.setAttribute("data-time-right", String(right));
  for (const element of svg.querySelectorAll("rect, line, text, path, circle")) {
    if (onYAxis(element)) continue;
    const own = ownX(element);
    if (own === undefined || !Number.isFinite(own)) continue;
    const offset = ancestorOffset(element, svg);
    const absolute = own + offset;
    const index = Math.round((absolute - firstCentre) / x.step);
    if (index < 0 || index >= count || Math.abs(absolute - (firstCentre + index * x.step)) > x.step / 2) continue;
    element.setAttribute("data-year", String(years[index]));
    if (offset !== 0) element.setAttribute("data-x-offset", String(offset));
  }
}
