import { readFileSync } from "node:fs";
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
      // Each item is dated by its own explainer's last update (or publication), from its front matter.
      const items = [...rss.matchAll(/<item>(.*?)<\/item>/gs)].map((m) => m[1] ?? "");
      expect(items.length).toBeGreaterThanOrEqual(8);
      for (const item of items) {
        const slug = /\/explainers\/([a-z0-9-]+)\/<\/link>/.exec(item)?.[1];
        const front = readFileSync(`content/explainers/${lang}/${slug}.mdx`, "utf8").split("---")[1] ?? "";
        const day = /^updated: "([^"]+)"/m.exec(front)?.[1] ?? /^published: "([^"]+)"/m.exec(front)?.[1];
        const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
        expect(pubDate && new Date(pubDate).toISOString().slice(0, 10), `${slug}`).toBe(day);
      }
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
