import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS } from "~/lib/charts/types";
import { assertBuilt, DIST, parsePage, readDist, resolveSitePath } from "./site";

beforeAll(assertBuilt);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(join(DIST, path));
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("social cards", () => {
  for (const id of CHART_IDS) {
    it(`${id}: og:image is an absolute URL to a 1200×630 PNG that exists, with its alt text`, () => {
      const doc = parsePage(`/charts/${id}/index.html`);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
      const url = new URL(image);
      expect(url.protocol).toBe("https:");
      const file = resolveSitePath(url.pathname);
      expect(file).toBeDefined();
      expect(pngSize(file as string)).toEqual({ width: 1200, height: 630 });
      expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute("content")?.length ?? 0).toBeGreaterThan(20);
      expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
    });
  }

  it("the slide PNG is the card at twice the resolution", () => {
    expect(pngSize("/charts/asylum-requests-by-year/chart.png")).toEqual({ width: 2400, height: 1260 });
  });
});

describe("oEmbed", () => {
  for (const id of CHART_IDS) {
    it(`${id}: the discovery link points at a rich oEmbed JSON whose iframe points at an existing embed`, () => {
      const doc = parsePage(`/charts/${id}/index.html`);
      const href = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute("href") ?? "";
      const json = JSON.parse(readDist(new URL(href).pathname)) as { type: string; version: string; html: string; width: number; height: number; title: string };
      expect(json.version).toBe("1.0");
      expect(json.type).toBe("rich");
      expect(json.height).toBeGreaterThan(200);
      const src = /<iframe [^>]*src="([^"]+)"/.exec(json.html)?.[1] ?? "";
      expect(resolveSitePath(new URL(src).pathname)).toBe(`/embed/${id}/index.html`);
      expect(json.html).toContain('loading="lazy"');
      expect(json.html).toContain(`title="${json.title.replace(/"/g, "&quot;")}"`);
      // The share panel suggests the same height as the oEmbed file (which the resizer test loads).
      const panel = doc.querySelector("[data-embed-code]")?.textContent ?? "";
      expect(panel).toContain(`height="${json.height}"`);
      expect(doc.querySelector("[data-share-root]")?.getAttribute("data-embed-height")).toBe(String(json.height));
    });
  }
});

describe("oEmbed for the pages people share that are not chart pages", () => {
  // Each page, in both languages, and the embed a CMS given its URL should get.
  const cases = [
    { page: "/", embed: "/embed/asylum-requests-by-year/" },
    { page: "/map/", embed: "/embed/map-requests-by-state/" },
    { page: "/timeline/", embed: "/embed/timeline/" },
  ].flatMap(({ page, embed }) => [
    { lang: "en", page, embed },
    { lang: "es", page: `/es${page}`, embed: `/es${embed}` },
  ]);
  for (const { lang, page, embed } of cases) {
    it(`${page}: discovery leads to a rich oEmbed whose iframe is ${embed}, keyed per language`, () => {
      const doc = parsePage(`${page}index.html`);
      const links = doc.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
      expect(links).toHaveLength(1);
      const href = links[0]?.getAttribute("href") ?? "";
      expect(href.startsWith("https://refugio.example/")).toBe(true);
      const json = JSON.parse(readDist(new URL(href).pathname)) as { type: string; version: string; html: string; height: number; title: string; thumbnail_url: string };
      expect(json.version).toBe("1.0");
      expect(json.type).toBe("rich");
      expect(json.title).toBe(links[0]?.getAttribute("title"));
      const src = /<iframe [^>]*src="([^"]+)"/.exec(json.html)?.[1] ?? "";
      expect(new URL(src).pathname).toBe(embed);
      expect(resolveSitePath(embed)).toBe(`${embed}index.html`);
      expect(json.html).toContain(`id="datawrapper-chart-refugio-${lang}-${embed.split("/").at(-2)}"`);
      expect(json.html).toContain(`height="${json.height}"`);
      expect(resolveSitePath(new URL(json.thumbnail_url).pathname)).toBeDefined();
      // The embed is in the page's language.
      expect(parsePage(`${embed}index.html`).documentElement.getAttribute("lang")).toBe(lang);
    });
  }

});

describe("share panel", () => {
  it("links every network with the percent-encoded canonical URL, and downloads that exist", () => {
    const doc = parsePage("/charts/asylum-requests-by-nationality/index.html");
    const links = [...doc.querySelectorAll("a[data-network]")].map((a) => a.getAttribute("href") ?? "");
    expect(links).toHaveLength(6);
    for (const link of links) expect(link).toContain(encodeURIComponent("https://refugio.example/charts/asylum-requests-by-nationality/"));
    for (const path of ["chart.png", "chart.svg"]) expect(resolveSitePath(`/charts/asylum-requests-by-nationality/${path}`)).toBeDefined();
    expect(doc.querySelector("[data-cite-bibtex]")?.textContent).toMatch(/^@misc\{refugio_asylum_requests_by_nationality_\d{4},/);
  });
});

describe("/map/'s share panel", () => {
  for (const lang of ["en", "es"] as const) {
    const prefix = lang === "es" ? "/es" : "";
    it(`${prefix}/map/: links to /map/, image downloads that exist, and the embed code and height of requests by state (its oEmbed)`, () => {
      const doc = parsePage(`${prefix}/map/index.html`);
      const panel = doc.querySelector("[data-share-root]");
      expect(panel?.getAttribute("data-url")).toBe(`https://refugio.example${prefix}/map/`);
      for (const link of doc.querySelectorAll("[data-share-root] a[data-network]")) expect(link.getAttribute("href")).toContain(encodeURIComponent(`https://refugio.example${prefix}/map/`));
      for (const link of doc.querySelectorAll("[data-share-root] a[download]")) expect(resolveSitePath(link.getAttribute("href") ?? ""), link.getAttribute("href") ?? "").toBeDefined();
      const oembed = JSON.parse(readDist(`${prefix}/oembed/map-requests-by-state.json`)) as { html: string; height: number };
      expect(panel?.querySelector("[data-embed-code]")?.textContent).toBe(oembed.html);
      expect(panel?.getAttribute("data-embed-height")).toBe(String(oembed.height));
      // Only the year and the state go to the embed, and only values it accepts.
      const { carry } = JSON.parse(panel?.getAttribute("data-embed-carry") ?? "{}") as { carry: Record<string, string[]> };
      expect(Object.keys(carry)).toEqual(["year", "state"]);
      expect(carry["state"]).toContain("chiapas");
    });
  }
});

describe("key-figure cards", () => {
  const pages = ["detention-over-capacity", "crimes-and-sentences", "asylum-requests-2015-2019", "asylum-requests-peak", "remain-in-mexico", "budget-per-request"];
  for (const id of pages) {
    it(`/figures/${id}/ has its number, a source link and a 1200×630 card`, () => {
      const doc = parsePage(`/figures/${id}/index.html`);
      expect(doc.querySelector(".key-figure-value")?.textContent?.trim().length ?? 0).toBeGreaterThan(0);
      expect(doc.querySelector('.key-figure a[href^="/sources/#"]')).not.toBeNull();
      const image = new URL(doc.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "");
      expect(pngSize(resolveSitePath(image.pathname) as string)).toEqual({ width: 1200, height: 630 });
    });
  }
});

describe("citations", () => {
  for (const page of ["/map/index.html", "/es/map/index.html", ...CHART_IDS.map((id) => `/charts/${id}/index.html`)]) {
    it(`${page}: names each publisher once`, () => {
      const root = parsePage(page).querySelector("[data-share-root]");
      const citation = JSON.parse(root?.getAttribute("data-citation") ?? "{}") as { publishers?: string[] };
      const publishers = citation.publishers ?? [];
      expect(publishers.length).toBeGreaterThan(0);
      expect(new Set(publishers).size).toBe(publishers.length);
      expect(JSON.parse(root?.getAttribute("data-publishers") ?? "[]")).toEqual(publishers);
    });
  }
});

describe("the map's share panel", () => {
  it("calls the map a map, in both languages", () => {
    for (const [page, cite, embed] of [["/map/index.html", "Cite this map", "Embed this map"], ["/es/map/index.html", "Cita este mapa", "Inserta este mapa"]] as const) {
      const headings = [...parsePage(page).querySelectorAll("[data-share-root] h3")].map((h) => h.textContent?.trim());
      expect(headings).toContain(cite);
      expect(headings).toContain(embed);
    }
    const chartHeadings = [...parsePage("/charts/asylum-requests-by-year/index.html").querySelectorAll("[data-share-root] h3")].map((h) => h.textContent?.trim());
    expect(chartHeadings).toContain("Cite this chart");
  });
});
