/**
 * The y half of a time range (`?time=2019..2020`): after the years outside the range are hidden
 * (chart-time.ts), y is fitted to the marks still shown, so a range of small years is not drawn
 * flat under a peak it leaves out. Derived from the server-rendered SVG like the x half: the build
 * records the y scale (time-axis.ts, tagValueAxis) and every mark is moved from its build-time
 * position by one map, py' = zero − (zero − py)·k, with k = old top value ÷ new top value. The
 * ticks are redrawn by the arithmetic the explorer uses (axis-ticks.ts). Only axes labelled in
 * compact counts are refitted: a stacked share always reaches 100%, and keeps its scale.
 */
import { axisScale } from "~/lib/charts/axis-ticks";
import { formatCompact } from "~/lib/format";

/** Groups of data marks (their values); event markers and the x axis stay where they are. */
const DATA_MARKS = ".mark-primary, .mark-partial, .mark-label, .mark-missing, .mark-series";
/** The marks whose tops set the new scale (labels sit above bars and are moved, not measured). */
const MEASURED = ".mark-primary, .mark-partial, .mark-series";
const AXIS_GROUPS = ['[data-plot="y-grid"]', '[data-plot="y-axis tick"]', '[data-plot="y-axis tick label"]'] as const;
/** Headroom over the highest mark shown, so its label still fits under the plot's top. */
const HEADROOM = 1.08;

const TRANSLATE = /translate\(\s*([-\d.e]+)[,\s]+([-\d.e]+)\s*\)/;
const round = (value: number) => String(Math.round(value * 100) / 100);

const originals = new WeakMap<Element, Map<string, string | null>>();
/** The build-time value of an attribute, read once so refits never compound. */
function original(element: Element, name: string): string | null {
  let saved = originals.get(element);
  if (!saved) originals.set(element, (saved = new Map()));
  if (!saved.has(name)) saved.set(name, element.getAttribute(name));
  return saved.get(name) ?? null;
}
const originalNumber = (element: Element, name: string) => {
  const value = original(element, name);
  return value === null || value === "" ? undefined : Number(value);
};

const axisOriginals = new WeakMap<Element, Element[]>();
function axisChildren(group: Element): Element[] {
  let saved = axisOriginals.get(group);
  if (!saved) axisOriginals.set(group, (saved = [...group.children].map((child) => child.cloneNode(true) as Element)));
  return saved;
}

/** A polyline's y values (the x half has already cut it to the range, in build-time y). */
const pathYs = (d: string) => [...d.matchAll(/[ML]\s*-?[\d.e]+[,\s]+(-?[\d.e]+)/gi)].map((match) => Number(match[1]));

/** The d a path's y map starts from: a range's polyline as the x half left it, any other path as built. */
function baseD(path: Element): string {
  return (path as SVGElement).dataset["t"] === "path" ? (path.getAttribute("d") ?? "") : (original(path, "d") ?? "");
}

/** Fits y to the marks shown (or back to the build's scale when they reach it). */
export function refitY(svg: SVGSVGElement, lang: "en" | "es"): void {
  const data = svg.dataset;
  const max = Number(data["yMax"]);
  const zero = Number(data["yZero"]);
  const top = Number(data["yTop"]);
  if (![max, zero, top].every(Number.isFinite) || !(zero > top) || !(max > 0)) return;
  const labelGroup = svg.querySelector(AXIS_GROUPS[2]);
  const builtLabels = labelGroup ? axisChildren(labelGroup) : [];
  const compactAxis = builtLabels.length > 1 && builtLabels.every((label) => label.textContent === formatCompact(lang, Number(label.getAttribute("data-y-value"))));
  if (!compactAxis) return;
  const marks = [...svg.querySelectorAll<SVGElement>(`:is(${DATA_MARKS}) :is([data-year], [data-t])`)];
  const shown = (element: SVGElement) => element.style.display !== "none";
  const tops = [...svg.querySelectorAll<SVGElement>(`:is(${MEASURED}) :is([data-year], [data-t])`)].filter(shown).flatMap((element) => {
    const tag = element.tagName.toLowerCase();
    if (tag === "rect") return [originalNumber(element, "y")];
    if (tag === "circle") return [originalNumber(element, "cy")];
    if (tag === "line") return [originalNumber(element, "y1"), originalNumber(element, "y2")];
    if (tag === "path") return pathYs(baseD(element));
    return [];
  });
  const highest = Math.max(0, ...tops.filter((py): py is number => py !== undefined && Number.isFinite(py)).map((py) => ((zero - py) / (zero - top)) * max));
  const { top: newTop, ticks } = axisScale(highest * HEADROOM, Math.max(2, builtLabels.length - 1));
  const k = newTop < max && highest > 0 ? max / newTop : 1;
  const moved = (py: number) => zero - (zero - py) * k;
  for (const element of marks) {
    const tag = element.tagName.toLowerCase();
    if (tag === "rect") {
      const y = originalNumber(element, "y");
      const height = originalNumber(element, "height");
      if (y === undefined || height === undefined) continue;
      element.setAttribute("y", round(moved(y)));
      element.setAttribute("height", round(moved(y + height) - moved(y)));
    } else if (tag === "circle") {
      const cy = originalNumber(element, "cy");
      if (cy !== undefined) element.setAttribute("cy", round(moved(cy)));
    } else if (tag === "line") {
      for (const name of ["y1", "y2"]) {
        const value = originalNumber(element, name);
        if (value !== undefined) element.setAttribute(name, round(moved(value)));
      }
    } else if (tag === "path") {
      element.setAttribute("d", baseD(element).replace(/([ML])\s*(-?[\d.e]+)[,\s]+(-?[\d.e]+)/gi, (_m, command: string, x: string, y: string) => `${command}${x},${round(moved(Number(y)))}`));
    } else if (tag === "text") {
      const builtY = TRANSLATE.exec(original(element, "transform") ?? "")?.[2];
      const now = element.getAttribute("transform") ?? "";
      if (builtY !== undefined) element.setAttribute("transform", now.replace(TRANSLATE, (_m, x: string) => `translate(${x},${round(moved(Number(builtY)))})`));
      else {
        const y = originalNumber(element, "y");
        if (y !== undefined && Number.isFinite(y)) element.setAttribute("y", round(moved(y)));
      }
    }
  }
  // The y axis: the build's own when the scale is the build's, else ticks of the new scale.
  for (const selector of AXIS_GROUPS) {
    const group = svg.querySelector(selector);
    if (!group) continue;
    const built = axisChildren(group);
    const template = built[0];
    if (k === 1 || !template) {
      group.replaceChildren(...built.map((child) => child.cloneNode(true)));
      continue;
    }
    const at = (value: number) => round(zero - (value / newTop) * (zero - top));
    group.replaceChildren(
      ...ticks.map((value) => {
        const element = template.cloneNode(true) as Element;
        if (element.tagName.toLowerCase() === "line") {
          element.setAttribute("y1", at(value));
          element.setAttribute("y2", at(value));
        } else {
          element.setAttribute("transform", (element.getAttribute("transform") ?? "").replace(TRANSLATE, (_m, x: string) => `translate(${x},${at(value)})`));
          if (element.tagName.toLowerCase() === "text") {
            element.textContent = formatCompact(lang, value);
            element.setAttribute("data-y-value", String(value));
          }
        }
        return element;
      }),
    );
  }
}
