import { axisScale, dodge } from "~/lib/charts/axis-ticks";
import { seriesColours } from "~/lib/charts/series-colours";
import { LABEL_GAP_PX, SERIES_TICKS, SHARE_VARIANT } from "~/lib/charts/series-layout";
import { formatCompact, formatPercent } from "~/lib/format";
import { SET_SEPARATOR, type ViewParam, type ViewState } from "~/lib/url/view-state";
import { followDownloads } from "./set-downloads";
import { VIEW_APPLIED_EVENT } from "./chart-view";

/**
 * Follows a set view (e.g. ?country=VEN~HND) on a chart drawn as tagged series: groups with
 * class `series` whose marks carry data-key=<code> (src/lib/charts/series-explorer.ts). It
 * shows the chosen series and hides the rest (class `series-off`), colours them so no two
 * share a colour (series-colours.ts, as the build does for the default), shows their legend
 * entries and table rows, and fits the y axis to them: the points and lines are moved from
 * their build-time positions, and the ticks and gridlines redrawn, by the same arithmetic the
 * build uses (axis-ticks.ts). Hidden marks are display:none, so the exported image follows.
 */

const keyOf = (element: Element) => element.querySelector<SVGElement>("[data-key]")?.dataset["key"] ?? "";
const num = (element: Element | null, name: string) => Number(element?.getAttribute(name));
const round = (value: number) => String(Math.round(value * 10) / 10);

/** The build-time value of an attribute, kept on first use so rescaling never compounds. */
function original(element: Element, name: string): string {
  const data = (element as SVGElement).dataset;
  const key = `o${name.replace(/-/g, "")}`;
  data[key] ??= element.getAttribute(name) ?? "";
  return data[key] ?? "";
}

function rescale(svg: SVGSVGElement, compact: boolean, share: boolean, lang: "en" | "es"): void {
  const zero = svg.querySelector(".mark-axis line");
  const topRule = svg.querySelector<SVGElement>(".scale-top [data-key]");
  if (!zero || !topRule) return;
  const y0 = num(zero, "y1");
  const yTop = num(topRule, "y1");
  const top = Number(topRule.dataset["key"]);
  if (!(y0 > yTop) || !(top > 0)) return;
  const valueAt = (py: number) => ((y0 - py) / (y0 - yTop)) * top;
  const dots = [...svg.querySelectorAll("g.series-dot:not(.series-off) circle")];
  const count = compact ? SERIES_TICKS.compact : SERIES_TICKS.wide;
  const { top: newTop, ticks } = axisScale(Math.max(0, ...dots.map((dot) => valueAt(Number(original(dot, "cy"))))), count);
  const k = top / newTop;
  const moved = (py: number) => y0 - (y0 - py) * k;
  for (const dot of svg.querySelectorAll("g.series-dot circle")) dot.setAttribute("cy", round(moved(Number(original(dot, "cy")))));
  for (const path of svg.querySelectorAll("g.series-line path")) {
    path.setAttribute("d", original(path, "d").replace(/([ML])(-?[\d.]+),(-?[\d.]+)/g, (_m, command: string, x: string, y: string) => `${command}${x},${round(moved(Number(y)))}`));
  }
  // End labels: at the last point of their series, then moved apart.
  const labels = [...svg.querySelectorAll("g.series-label:not(.series-off) text")];
  const ends = labels.map((label) => {
    const key = (label as SVGElement).dataset["key"];
    const last = [...svg.querySelectorAll(`g.series-dot circle[data-key="${key}"]`)].sort((a, b) => num(b, "cx") - num(a, "cx"))[0];
    return last ? num(last, "cy") : y0;
  });
  dodge(ends, LABEL_GAP_PX, yTop, y0).forEach((py, i) => {
    const label = labels[i];
    if (label) label.setAttribute("transform", original(label, "transform").replace(/,\s*[-\d.]+\)/, `,${round(py)})`));
  });
  // Ticks and gridlines for the new scale, cloned from the build's first ones.
  const at = (value: number) => y0 - (value / newTop) * (y0 - yTop);
  const format = share ? (v: number) => formatPercent(lang, v) : (v: number) => formatCompact(lang, v);
  const redraw = (selector: string, place: (element: Element, value: number) => void) => {
    const group = svg.querySelector(selector);
    const template = group?.firstElementChild;
    if (!group || !template) return;
    group.replaceChildren(...ticks.map((value) => {
      const element = template.cloneNode(true) as Element;
      place(element, value);
      return element;
    }));
  };
  const translateY = (element: Element, value: number) => element.setAttribute("transform", (element.getAttribute("transform") ?? "").replace(/,\s*[-\d.]+\)/, `,${round(at(value))})`));
  redraw('[data-plot="y-grid"]', (line, value) => {
    line.setAttribute("y1", round(at(value)));
    line.setAttribute("y2", round(at(value)));
  });
  redraw('[data-plot="y-axis tick"]', translateY);
  redraw('[data-plot="y-axis tick label"]', (text, value) => {
    translateY(text, value);
    text.textContent = format(value);
  });
}

function apply(figure: HTMLElement, view: ViewParam, state: ViewState): void {
  const chosen = (state[view.name] ?? view.fallback).split(SET_SEPARATOR);
  const colours = seriesColours(chosen, view.values);
  for (const group of figure.querySelectorAll<SVGGElement>("g.series")) {
    const key = keyOf(group);
    const on = chosen.includes(key);
    group.classList.toggle("series-off", !on);
    const colour = colours.get(key);
    // Lines and rings are coloured by their stroke, dots and labels by their fill.
    const stroked = group.classList.contains("series-line") || group.classList.contains("series-hollow");
    if (on && colour) group.setAttribute(stroked ? "stroke" : "fill", colour);
  }
  for (const item of figure.querySelectorAll<HTMLElement>(".chart-legend li[data-key]")) {
    const key = item.dataset["key"] ?? "";
    item.hidden = !chosen.includes(key);
    const swatch = item.querySelector<HTMLElement>(".swatch");
    const colour = colours.get(key);
    if (swatch && colour) swatch.style.background = colour;
  }
  for (const option of figure.querySelectorAll<HTMLElement>(".set-picker [data-value]")) {
    option.style.setProperty("--series-colour", colours.get(option.dataset["value"] ?? "") ?? "transparent");
  }
  for (const row of figure.querySelectorAll<HTMLTableRowElement>(".chart-table tr[data-key]")) row.hidden = !chosen.includes(row.dataset["key"] ?? "");
  const lang = document.documentElement.lang.startsWith("es") ? "es" : "en";
  for (const holder of figure.querySelectorAll<HTMLElement>(".chart-svg")) {
    const svg = holder.querySelector("svg");
    if (svg) rescale(svg, holder.classList.contains("chart-svg--compact"), holder.dataset["variant"] === SHARE_VARIANT, lang);
  }
}

/** Makes a figure's series follow its set view, if it has both. */
export function enhanceSeries(figure: HTMLElement): void {
  if (!figure.querySelector("g.series")) return;
  let onScreen: string[] | undefined;
  let hooked = false;
  figure.addEventListener(VIEW_APPLIED_EVENT, (event) => {
    const detail = (event as CustomEvent<{ views: ViewParam[]; state: ViewState }>).detail;
    const view = detail.views.find((v) => v.set !== undefined);
    if (!view) return;
    apply(figure, view, detail.state);
    const value = detail.state[view.name] ?? view.fallback;
    onScreen = value === view.fallback ? undefined : value.split(SET_SEPARATOR);
    if (view.column && !hooked) {
      hooked = true;
      followDownloads(figure, view.name, view.column, () => onScreen);
    }
  });
}
