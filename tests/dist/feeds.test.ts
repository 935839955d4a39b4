import { describe, expect, it } from "vitest";
import { datasetIds } from "~/lib/data/catalog";
import { assertBuilt, readDist } from "./site";

/** Feeds and sitemap as readers and crawlers get them. */
assertBuilt();

describe("feeds", () => {
  for (const [lang, prefix] of [["en", ""], ["es", "/es"]] as const) {
    it(`${lang}: the explainers feed names itself and its items carry their own dates`, () => {
      const rss = readDist(`${prefix}/rss.xml`);
      expect(rss).toContain(`<atom:link href="https://refugio.example${prefix}/rss.xml" rel="self" type="application/rss+xml"/>`);
      const dates = [...rss.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => m[1]);
      expect(dates.length).toBeGreaterThanOrEqual(8);
      expect(new Set(dates).size).toBeGreaterThan(1);
    });

    it(`${lang}: a feed of data updates has one item per dataset, dated when it was checked, with working anchors`, () => {
      const feed = readDist(`${prefix}/updates.xml`);
      expect(feed).toContain(`rel="self"`);
      const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? "").filter((l) => l.includes("#"));
      expect(links.length).toBe(datasetIds().length);
      for (const link of links) expect(link).toMatch(/\/data\/#[a-z0-9-]+$/);
    });
  }
});

describe("sitemap", () => {
  const sitemap = readDist("/sitemap-0.xml");
  it("pairs every page with its language twin and gives a last-modified day", () => {
    const urls = [...sitemap.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) {
      expect(url).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
      expect(url).toMatch(/hreflang="en"/);
      expect(url).toMatch(/hreflang="es-MX"/);
    }
  });
  it("leaves out embeds and the noindex not-found pages", () => {
    expect(sitemap).not.toMatch(/\/embed\//);
    expect(sitemap).not.toMatch(/\/404/);
  });
});
