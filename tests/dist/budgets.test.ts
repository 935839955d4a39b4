import { describe, expect, it, beforeAll } from "vitest";
import { CHART_IDS } from "~/lib/charts/types";
import { defaultRender, getChart } from "~/lib/charts/registry";
import { assertBuilt, gzipSize, htmlPages, parsePage, readDist } from "./site";
import { htmlCssBytes, jsBytes, linkedStylesheets, pageBytes } from "./page-weight";

/** Budgets from DESIGN.md and issue 14, in bytes (gzip level 9); README "Speed" records what pages weigh. */
const KB = 1024;
const JS_PER_PAGE = 20 * KB;
const JS_MAP_TIMELINE = 40 * KB;
const HTML_CSS_CHART_PAGE = 60 * KB;
/** The map page's HTML alone (issue: /map/ HTML ≤ 80 KB gzip). */
const MAP_HTML = 80 * KB;

/**
 * What each kind of page may weigh in all, HTML (stylesheets inlined) + linked CSS + JS with the
 * modules it imports. Set about 10–15% over the heaviest page of each kind as built in issue 14, so a
 * page that grows notably fails here first. Every built page is of exactly one kind.
 */
const PAGE_KINDS: Array<{ kind: string; path: RegExp; budget: number }> = [
  { kind: "chart page", path: /^\/(es\/)?charts\/[^/]+\/index\.html$/, budget: 55 * KB },
  { kind: "embed", path: /^\/(es\/)?embed\/[^/]+\/index\.html$/, budget: 50 * KB },
  { kind: "explainer", path: /^\/(es\/)?explainers\/[^/]+\/index\.html$/, budget: 75 * KB },
  // 20 chart previews since the office explorer (issue 17): 30.9 KB for /es/charts/, so 33 KB.
  { kind: "gallery", path: /^\/(es\/)?charts\/index\.html$/, budget: 33 * KB },
  // One atlas SVG that scales instead of two layouts (issue 17), with the 32 state panels, the tab
  // panels (table, sources) and the shared script that now also carries tabs, time range, explorer
  // and export (15 KB gzip): 49.9 KB for /es/map/ (34.5 HTML + CSS, 15.4 JS), so 54 KB.
  { kind: "map", path: /^\/(es\/)?map\/index\.html$/, budget: 54 * KB },
  // The drawn timeline (issue 17: two layouts of one linked mark per event, ~15 KB gzip) came after
  // issue 14's measurement: 57 KB for /es/timeline/ with 116 events, so 62 KB.
  { kind: "timeline", path: /^\/(es\/)?timeline\/(\d+\/)?index\.html$/, budget: 62 * KB },
  // Issue 17's explorer, tabs, time range and map styles (charts.css 9.9 → 17.9 KB raw, inlined) and
  // the shared script they live in (10.3 KB gzip): 34.2 KB for /es/ (23.8 HTML + CSS, 10.4 JS), so 38 KB.
  { kind: "home", path: /^\/(es\/)?index\.html$/, budget: 38 * KB },
  // /sources/ (one entry per source) is the heaviest of the rest.
  { kind: "other", path: /^\/.*\.html$/, budget: 68 * KB },
];

const kindOf = (page: string) => PAGE_KINDS.find((kind) => kind.path.test(page));
/** The tests that parse every built page (about 120) need longer than one test's default on a busy 2-core machine. */
const EVERY_PAGE_MS = 180_000;

beforeAll(assertBuilt);

describe("budgets", () => {
  it("JavaScript per page, with the modules it imports, stays within budget (map and timeline: 40 KB; others: 20 KB, gzip)", () => {
    for (const page of htmlPages()) {
      const budget = /^\/(es\/)?(map|timeline)\//.test(page) ? JS_MAP_TIMELINE : JS_PER_PAGE;
      expect(jsBytes(page), page).toBeLessThanOrEqual(budget);
    }
  }, EVERY_PAGE_MS);

  it("every page kind stays within its weight budget (HTML + CSS + JS, gzip), in both languages", () => {
    const pages = htmlPages();
    for (const { kind, budget } of PAGE_KINDS) {
      const ofKind = pages.filter((page) => kindOf(page)?.kind === kind);
      expect(ofKind.length, kind).toBeGreaterThan(0);
      expect(ofKind.some((page) => page.startsWith("/es/")), `${kind} in Spanish`).toBe(true);
      for (const page of ofKind) expect(pageBytes(page), page).toBeLessThanOrEqual(budget);
    }
  }, EVERY_PAGE_MS);

  it("HTML + CSS of every chart page and embed is at most 60 KB gzip", () => {
    const chartPages = [...CHART_IDS.flatMap((id) => [`/charts/${id}/index.html`, `/embed/${id}/index.html`]), "/embed/timeline/index.html"];
    expect(chartPages.length).toBeGreaterThan(0);
    for (const page of chartPages) expect(htmlCssBytes(page), page).toBeLessThanOrEqual(HTML_CSS_CHART_PAGE);
  });

  it("the /map/ HTML is at most 80 KB gzip", () => {
    expect(gzipSize(readDist("/map/index.html"))).toBeLessThanOrEqual(MAP_HTML);
  });

  it("no page waits for a stylesheet before its first paint: the site's CSS is inlined (the search page's Pagefind UI aside)", () => {
    for (const page of htmlPages()) {
      const linked = linkedStylesheets(page).filter((href) => !href.startsWith("/pagefind/"));
      expect(linked, page).toEqual([]);
      const head = readDist(page).split("</head>")[0] ?? "";
      const inline = [...head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "");
      expect(inline.some((css) => css.includes("--c-bg")), page).toBe(true);
    }
  }, EVERY_PAGE_MS);

  it("the gallery shows light previews, not the charts: none of them carries a full chart SVG, and it weighs less than the charts it lists", () => {
    for (const lang of ["en", "es"] as const) {
      const page = lang === "en" ? "/charts/index.html" : "/es/charts/index.html";
      const html = readDist(page);
      const previews = [...parsePage(page).querySelectorAll(".chart-thumb svg")];
      expect(previews.length, page).toBe(CHART_IDS.length);
      for (const preview of previews) expect(preview.querySelector("title"), page).toBeNull();
      const full = CHART_IDS.map((id) => defaultRender(getChart(id, lang), "compact"));
      for (const svg of full) expect(html.includes(svg), page).toBe(false);
      // The gallery's whole HTML (with CSS) weighs less than the charts' own SVGs alone, gzip.
      expect(gzipSize(html), page).toBeLessThan(gzipSize(full.join("")));
    }
  }, EVERY_PAGE_MS);

  it("a chart inside an explainer or the home page carries its default variant only (its page has the others)", () => {
    const pages = htmlPages().filter((page) => /^\/(es\/)?(explainers\/[^/]+\/)?index\.html$/.test(page));
    let variantCharts = 0;
    for (const page of pages) {
      for (const figure of parsePage(page).querySelectorAll("figure.chart--inline")) {
        const id = figure.getAttribute("data-chart") ?? "";
        const prepared = getChart(id as Parameters<typeof getChart>[0], page.startsWith("/es/") ? "es" : "en");
        if (prepared.variantParam) variantCharts++;
        // Two layouts (or one, for maps) of one variant, never every variant's.
        expect(figure.querySelectorAll(".chart-svg").length, `${page} ${id}`).toBe(prepared.singleLayout ? 1 : 2);
        expect(figure.querySelector(".chart-svg[data-variant]"), `${page} ${id}`).toBeNull();
      }
    }
    // The explainers do show charts with variants (counts or shares; budget or per request).
    expect(variantCharts).toBeGreaterThan(0);
  }, EVERY_PAGE_MS);

  it("no content needs JavaScript: every chart's SVG and table are in the HTML", () => {
    for (const page of CHART_IDS.flatMap((id) => [`/charts/${id}/index.html`, `/embed/${id}/index.html`])) {
      const doc = parsePage(page);
      expect(doc.querySelector("figure.chart svg"), page).not.toBeNull();
      expect(doc.querySelector("figure.chart table"), page).not.toBeNull();
    }
  });
});
