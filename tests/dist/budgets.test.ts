import { describe, expect, it, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHART_IDS } from "~/lib/charts/types";
import { assertBuilt, DIST, gzipSize, htmlPages, parsePage, readDist } from "./site";

/** Budgets from DESIGN.md, in bytes (gzip). */
const KB = 1024;
const JS_PER_PAGE = 20 * KB;
const JS_MAP_TIMELINE = 40 * KB;
const HTML_CSS_CHART_PAGE = 60 * KB;
/** The map page's HTML alone (issue: /map/ HTML ≤ 80 KB gzip). */
const MAP_HTML = 80 * KB;

beforeAll(assertBuilt);

function assetBytes(path: string): Buffer {
  return readFileSync(join(DIST, path));
}

/** Gzipped JS a page loads: external module scripts plus inline scripts. */
function jsBytes(page: string): number {
  const doc = parsePage(page);
  let total = 0;
  for (const script of doc.querySelectorAll("script")) {
    const src = script.getAttribute("src");
    if (src) total += gzipSize(assetBytes(src));
    else if (!script.getAttribute("type")?.includes("json")) total += gzipSize(script.textContent ?? "");
  }
  return total;
}

/** Gzipped HTML plus every stylesheet the page links. */
function htmlCssBytes(page: string): number {
  const doc = parsePage(page);
  let total = gzipSize(readDist(page));
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) total += gzipSize(assetBytes(link.getAttribute("href") as string));
  return total;
}

describe("budgets", () => {
  it("JavaScript per page stays within budget (map and timeline: 40 KB; others: 20 KB, gzip)", () => {
    for (const page of htmlPages()) {
      const budget = /^\/(es\/)?(map|timeline)\//.test(page) ? JS_MAP_TIMELINE : JS_PER_PAGE;
      expect(jsBytes(page), page).toBeLessThanOrEqual(budget);
    }
  });

  it("HTML + CSS of every chart page and embed is at most 60 KB gzip", () => {
    const chartPages = [...CHART_IDS.flatMap((id) => [`/charts/${id}/index.html`, `/embed/${id}/index.html`]), "/embed/timeline/index.html"];
    expect(chartPages.length).toBeGreaterThan(0);
    for (const page of chartPages) expect(htmlCssBytes(page), page).toBeLessThanOrEqual(HTML_CSS_CHART_PAGE);
  });

  it("the /map/ HTML is at most 80 KB gzip", () => {
    expect(gzipSize(readDist("/map/index.html"))).toBeLessThanOrEqual(MAP_HTML);
  });

  it("no content needs JavaScript: every chart's SVG and table are in the HTML", () => {
    for (const page of CHART_IDS.flatMap((id) => [`/charts/${id}/index.html`, `/embed/${id}/index.html`])) {
      const doc = parsePage(page);
      expect(doc.querySelector("figure.chart svg"), page).not.toBeNull();
      expect(doc.querySelector("figure.chart table"), page).not.toBeNull();
    }
  });
});
