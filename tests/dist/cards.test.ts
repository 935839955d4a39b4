import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertBuilt, DIST, parsePage } from "./site";

/** Every page people share has a large card (1200×630 PNG, per language) and complete Open Graph tags. */
assertBuilt();

const pngSize = (file: string) => {
  const png = readFileSync(join(DIST, file));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

const PAGES = ["/", "/map/", "/timeline/", "/methodology/", "/explainers/locked-up/", "/explainers/what-would-fix-it/"];

describe("social cards and Open Graph", () => {
  for (const prefix of ["", "/es"]) {
    for (const page of PAGES) {
      const path = `${prefix}${page}`;
      it(`${path}: a large card of its own, 1200×630, with alt text`, () => {
        const doc = parsePage(`${path}index.html`);
        const image = doc.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
        expect(image).toBe(`https://refugio.example${path}card.png`);
        expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
        expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute("content")?.length).toBeGreaterThan(20);
        const file = `${path}card.png`;
        expect(existsSync(join(DIST, file))).toBe(true);
        expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
        expect(doc.querySelector('meta[property="og:locale:alternate"]')?.getAttribute("content")).toBe(prefix ? "en_US" : "es_MX");
      });
    }
  }

  it("explainers are articles with their publication and update days; other pages are websites", () => {
    const explainer = parsePage("/explainers/locked-up/index.html");
    expect(explainer.querySelector('meta[property="og:type"]')?.getAttribute("content")).toBe("article");
    expect(explainer.querySelector('meta[property="article:published_time"]')?.getAttribute("content")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(explainer.querySelector('meta[property="article:modified_time"]')?.getAttribute("content")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(parsePage("/map/index.html").querySelector('meta[property="og:type"]')?.getAttribute("content")).toBe("website");
  });
});
