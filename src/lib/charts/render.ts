import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { tagTimeAxis } from "./time-axis";

// One server-side DOM for the whole build: Plot only needs `document` to create elements.
let sharedDocument: Document | undefined;
function serverDocument(): Document {
  sharedDocument ??= new JSDOM("<!doctype html><html><body></body></html>").window.document;
  return sharedDocument;
}

export interface RenderOptions {
  /** The chart's summary sentence: the SVG becomes one image with this accessible name. */
  ariaLabel: string;
  /** Tag the marks of a yearly band or UTC time axis for the time range (see time-axis.ts). */
  timeAxis?: boolean;
}

/**
 * Renders Plot options to an SVG string at build time. The SVG is a single image for
 * assistive technology (role="img" + aria-label); its data is also given as a table beside it.
 */
export function renderPlot(options: Plot.PlotOptions, { ariaLabel, timeAxis = false }: RenderOptions): string {
  const node = Plot.plot({ ...options, document: serverDocument() }) as unknown as Element;
  if (node.tagName.toLowerCase() !== "svg") {
    throw new Error("renderPlot: pass title and caption to the chart component, not to Plot (got a <figure>)");
  }
  // Before Plot's aria-labels become data-plot: tagging skips the y axis by its mark names.
  if (timeAxis) tagTimeAxis(node as Parameters<typeof tagTimeAxis>[0]);
  node.setAttribute("role", "img");
  node.setAttribute("aria-label", ariaLabel);
  node.removeAttribute("aria-description");
  // Inside role="img" the marks are presentational, and ARIA forbids aria-label on plain <g>s.
  // Plot's mark names (on groups) stay available to CSS and tests as data-plot; per-datum labels
  // (Plot's ariaLabel channel, on rects, circles, paths) become data-key, which the view script
  // uses to highlight one series.
  for (const child of node.querySelectorAll("[aria-label], [aria-description]")) {
    const name = child.getAttribute("aria-label");
    if (name) child.setAttribute(child.tagName.toLowerCase() === "g" ? "data-plot" : "data-key", name);
    child.removeAttribute("aria-label");
    child.removeAttribute("aria-description");
  }
  // Path coordinates to 0.1 px: invisible on screen and halves the size of map paths.
  for (const path of node.querySelectorAll("path[d]")) {
    path.setAttribute("d", (path.getAttribute("d") ?? "").replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)));
  }
  // Plot writes font-variant="tabular-nums" on tick labels; SVG's font-variant attribute does not
  // take that value (the W3C validator rejects it), so it becomes the CSS property it means.
  for (const element of node.querySelectorAll("[font-variant]")) {
    const value = element.getAttribute("font-variant") ?? "";
    element.removeAttribute("font-variant");
    if (value === "tabular-nums") element.setAttribute("style", `${element.getAttribute("style") ?? ""}font-variant-numeric:tabular-nums`);
  }
  return node.outerHTML;
}
