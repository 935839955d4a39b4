import { readFileSync } from "node:fs";
import { csvParseRows } from "d3-dsv";
import { beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS } from "~/lib/charts/types";
import { assertBuilt, htmlPages, parsePage, readDist, resolveSitePath } from "./site";

beforeAll(assertBuilt);

describe("every built page", () => {
  const pages = () => htmlPages();

  it("exists for every route of the site map built so far", () => {
    const charts = CHART_IDS.flatMap((id) => [`/charts/${id}/index.html`, `/embed/${id}/index.html`]);
    for (const path of ["/index.html", "/charts/index.html", "/map/index.html", "/timeline/index.html", "/embed/timeline/index.html", "/sources/index.html", "/data/index.html", "/methodology/index.html", "/404.html", ...charts]) {
      expect(pages()).toContain(path);
    }
  });

  it("has <html lang>, a title, a meta description and an absolute canonical URL", () => {
    for (const path of pages()) {
      const doc = parsePage(path);
      expect(doc.documentElement.lang, path).toMatch(/^(en|es)$/);
      expect(doc.title.trim().length, path).toBeGreaterThan(3);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")?.length ?? 0, path).toBeGreaterThan(20);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
      expect(() => new URL(canonical), path).not.toThrow();
      expect(new URL(canonical).protocol, path).toBe("https:");
    }
  });

  it("has exactly one h1", () => {
    for (const path of pages()) expect(parsePage(path).querySelectorAll("h1").length, path).toBe(1);
  });

  it("links only to pages and anchors that exist (no broken internal links)", () => {
    const broken: string[] = [];
    const idsByPage = new Map<string, Set<string>>();
    const idsOf = (target: string) => {
      let ids = idsByPage.get(target);
      if (!ids) {
        ids = new Set([...parsePage(target).querySelectorAll("[id]")].map((element) => element.id));
        idsByPage.set(target, ids);
      }
      return ids;
    };
    for (const path of pages()) {
      const doc = parsePage(path);
      for (const element of doc.querySelectorAll("a[href], link[href], script[src], img[src]")) {
        const ref = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
        if (/^(https?:)?\/\//.test(ref) || ref.startsWith("mailto:")) continue;
        const url = new URL(ref, `https://site.test${path}`);
        const target = resolveSitePath(url.pathname);
        if (!target) {
          broken.push(`${path} -> ${ref}`);
          continue;
        }
        if (url.hash && target.endsWith(".html")) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idsOf(target).has(id)) broken.push(`${path} -> ${ref} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("loads nothing from another origin (scripts, styles, images, fonts, frames)", () => {
    for (const path of pages()) {
      const html = readDist(path);
      const doc = parsePage(path);
      for (const element of doc.querySelectorAll("script[src], link[rel=stylesheet], link[rel=preload], link[rel=icon], img, iframe, source, video, audio")) {
        const ref = element.getAttribute("src") ?? element.getAttribute("href") ?? "";
        expect(/^(https?:)?\/\//.test(ref), `${path}: ${ref}`).toBe(false);
      }
      expect(html, path).not.toMatch(/@import\s+url\(\s*["']?https?:/);
    }
  });
});

describe("content security", () => {
  it("has no inline scripts or inline event handlers, so `script-src 'self'` holds", () => {
    for (const path of htmlPages()) {
      const doc = parsePage(path);
      for (const script of doc.querySelectorAll("script")) {
        const type = script.getAttribute("type") ?? "";
        if (type.includes("json")) continue;
        expect(script.getAttribute("src"), `${path}: inline script`).toMatch(/^\/_astro\//);
      }
      expect(readDist(path), path).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    }
  });
});

describe("chart page and embed", () => {
  for (const id of CHART_IDS) {
    for (const path of [`/charts/${id}/index.html`, `/embed/${id}/index.html`]) {
      it(`${path} has the server-rendered SVG named by its summary, the table and a source line`, () => {
        const doc = parsePage(path);
        const summary = doc.querySelector(".chart-summary")?.textContent?.trim() ?? "";
        expect(summary.length).toBeGreaterThan(40);
        const svgs = [...doc.querySelectorAll("figure.chart svg[role=img]")];
        expect(svgs.length).toBeGreaterThanOrEqual(1);
        for (const svg of svgs) expect(svg.getAttribute("aria-label")).toBe(summary);
        // The default view is visible without JavaScript: one compact and one wide SVG are not
        // hidden, or a single SVG shown at every width (maps).
        const shown = [...doc.querySelectorAll(".chart-svg:not([hidden])")].map((el) => el.className).sort();
        expect([["chart-svg chart-svg--compact", "chart-svg chart-svg--wide"], ["chart-svg chart-svg--wide chart-svg--only"]]).toContainEqual(shown);
        // Tabs: every tab links to a panel in the page, so each works without JavaScript, and the
        // Table and Sources panels are complete in the HTML.
        const tabs = [...doc.querySelectorAll<HTMLAnchorElement>("figure.chart .chart-tabs a[data-tab]")];
        expect(tabs.map((tab) => tab.dataset["tab"])).toEqual(expect.arrayContaining(["chart", "table", "sources"]));
        for (const tab of tabs) expect(doc.getElementById((tab.getAttribute("href") ?? "").slice(1))?.dataset["panel"]).toBe(tab.dataset["tab"]);
        expect(doc.querySelectorAll('figure.chart .chart-panel[data-panel="table"] table[data-sortable] tbody tr').length).toBeGreaterThan(0);
        expect(doc.querySelectorAll('figure.chart .chart-panel[data-panel="sources"] .chart-sources-list li').length).toBeGreaterThan(0);
        const source = doc.querySelector(".chart-source");
        expect(source?.textContent?.trim()).toMatch(/^Sources?:/);
        expect(source?.querySelector('a[href^="/sources/#"]')).not.toBeNull();
      });
    }
  }

  it("the yearly requests chart draws every year and its table lists them", () => {
    const doc = parsePage("/charts/asylum-requests-by-year/index.html");
    for (const svg of doc.querySelectorAll("figure.chart svg")) expect(svg.querySelectorAll("rect").length).toBeGreaterThanOrEqual(13);
    const rows = doc.querySelectorAll('figure.chart .chart-panel[data-panel="table"] table tbody tr');
    expect(rows.length).toBe(13);
    expect(rows[0]?.textContent).toContain("1,296");
  });

  it("a Map tab only where the rows have places, linking to the map chart with the same year", () => {
    const mapLink = (id: string) => parsePage(`/charts/${id}/index.html`).querySelector<HTMLAnchorElement>('.chart-panel[data-panel="map"] a[data-map-link]');
    expect(mapLink("asylum-requests-by-office")?.getAttribute("href")).toMatch(/^\/charts\/map-requests-by-state\/(\?year=\d{4})?$/);
    expect(JSON.parse(mapLink("asylum-requests-by-office")?.dataset["carry"] ?? "{}")["year"].length).toBeGreaterThan(0);
    expect(mapLink("detention-overcrowding")?.getAttribute("href")).toBe("/charts/map-detention/");
    expect(parsePage("/es/charts/detention-overcrowding/index.html").querySelector('.chart-panel[data-panel="map"] a')?.getAttribute("href")).toBe("/es/charts/map-detention/");
    expect(mapLink("asylum-requests-by-year")).toBeNull();
    expect(parsePage("/charts/asylum-requests-by-year/index.html").querySelector('.chart-tabs a[data-tab="map"]')).toBeNull();
  });

  it("a yearly chart declares a time range over its years and tags each year's marks and rows", () => {
    const doc = parsePage("/charts/asylum-requests-by-year/index.html");
    const figure = doc.querySelector<HTMLElement>("figure.chart");
    const views = JSON.parse(figure?.dataset["views"] ?? "[]") as Array<{ name: string; range?: { min: number; max: number } }>;
    const time = views.find((view) => view.name === "time");
    const years = [...doc.querySelectorAll<HTMLTableRowElement>('.chart-panel[data-panel="table"] tbody tr')].map((row) => Number(row.dataset["year"]));
    expect(time?.range).toEqual({ min: Math.min(...years), max: Math.max(...years) });
    expect(views.find((view) => view.name === "tab")).toBeDefined();
    for (const svg of doc.querySelectorAll("figure.chart svg[role=img]")) {
      expect(Number(svg.getAttribute("data-time-count"))).toBe(years.length);
      const bars = [...svg.querySelectorAll('[data-plot="bar"] rect')];
      expect(bars.length).toBeGreaterThanOrEqual(12);
      for (const bar of bars) expect(years).toContain(Number(bar.getAttribute("data-year")));
      // Each year's tick label is tagged with that year; the y axis never is.
      for (const label of svg.querySelectorAll('[data-plot="x-axis tick label"] text')) {
        if (/^\d{4}$/.test(label.textContent ?? "")) expect(label.getAttribute("data-year")).toBe(label.textContent);
      }
      expect(svg.querySelectorAll('[data-plot^="y-"] [data-year]').length).toBe(0);
    }
  });

  it("the embed has no site chrome and links back to the canonical chart page", () => {
    const doc = parsePage("/embed/asylum-requests-by-year/index.html");
    expect(doc.querySelector("header.site-header, footer.site-footer, nav")).toBeNull();
    expect(doc.querySelector('a[href="/charts/asylum-requests-by-year/"][target="_top"]')).not.toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
  });

  it("the chart page links CSV and JSON of exactly the data it draws", () => {
    const doc = parsePage("/charts/asylum-requests-by-year/index.html");
    expect(doc.querySelector('a[href="/charts/asylum-requests-by-year/data.csv"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/charts/asylum-requests-by-year/data.json"]')).not.toBeNull();
    const rows = csvParseRows(readDist("/charts/asylum-requests-by-year/data.csv").trim());
    // Each value carries its unit (src/lib/stats/quantity.ts), in the download too.
    expect(rows[0]).toEqual(["year", "value", "months", "source", "unit"]);
    expect(new Set(rows.slice(1).map((row) => row[4]))).toEqual(new Set(["people"]));
    expect(rows).toHaveLength(14);
  });

  it("a chart that joins datasets downloads the joined rows (budget with requests and pesos per request)", () => {
    const rows = csvParseRows(readDist("/charts/comar-budget-vs-requests/data.csv").trim());
    expect(rows[0]).toEqual(expect.arrayContaining(["year", "pesos", "requests", "perRequest"]));
    const json = JSON.parse(readDist("/charts/comar-budget-vs-requests/data.json")) as { unit: string; data: Array<{ year: number; perRequest?: number }> };
    expect(json.unit).toBe("pesos");
    expect(json.data.some((row) => typeof row.perRequest === "number")).toBe(true);
  });
});

describe("downloads", () => {
  it("/data/asylum-requests-by-year.csv matches the dataset file", () => {
    // Same rows, columns and cell values as the file in data/ (quoting may differ).
    const built = csvParseRows(readDist("/data/asylum-requests-by-year.csv").trim());
    const source = csvParseRows(readFileSync("data/asylum-requests-by-year.csv", "utf8").trim());
    expect(built).toEqual(source);
  });

  it("/data/asylum-requests-by-year.json carries unit, sources and the same rows", () => {
    const json = JSON.parse(readDist("/data/asylum-requests-by-year.json")) as { unit: string; data: Array<{ year: number; requests: number }>; sources_cited: Array<{ id: string; url: string }> };
    expect(json.unit).toBe("people");
    expect(json.data).toHaveLength(13);
    expect(json.data[0]).toMatchObject({ year: 2013, requests: 1296 });
    expect(json.sources_cited.every((s) => s.url.startsWith("https://"))).toBe(true);
  });
});

describe("sources page", () => {
  it("lists every registry source with an anchor, a link and dates, the five reports first", () => {
    const doc = parsePage("/sources/index.html");
    const registry = readFileSync("data/sources.csv", "utf8").trim().split("\n").slice(1).map((line) => line.split(",")[0]);
    for (const id of registry) expect(doc.getElementById(id as string), id).not.toBeNull();
    const first = doc.querySelectorAll("li.source");
    expect([...first].slice(0, 5).map((li) => li.id).every((id) => registry.slice(0, 5).includes(id))).toBe(true);
  });
});
