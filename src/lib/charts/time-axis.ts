/**
 * Build-time half of the time range (`?time=2019..2025`): on an SVG drawn on a band scale of
 * years, each mark positioned by year gets `data-year`, and the SVG records its band geometry
 * (data-time-first, -count, -step, -left, -right: px in the SVG's own coordinates). The browser
 * (src/scripts/chart-time.ts) then hides the years outside a range and spreads the rest across
 * the plot width with one affine map of x, so any range is derived from this one SVG: no second
 * drawing, no Plot in the browser, and text keeps its size (only positions and bar widths change).
 */

/** What Plot's returned SVG tells of its x scale (`svg.scale("x")`). */
interface BandScale {
  type: string;
  domain: unknown[];
  range: [number, number];
  step: number;
}

type PlottedSvg = Element & { scale?: (name: string) => BandScale | undefined };

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

/**
 * Tags the marks of a year-band SVG (see the module comment). Does nothing for any other x
 * scale. The y axis (its ticks, labels, title) is never tagged: it stays whatever the range.
 */
export function tagYearBands(svg: PlottedSvg): void {
  const x = svg.scale?.("x");
  if (!x || x.type !== "band" || x.domain.length === 0 || !x.domain.every((year) => Number.isInteger(year))) return;
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
    if (element.closest('[aria-label^="y-"], [data-plot^="y-"]')) continue;
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
