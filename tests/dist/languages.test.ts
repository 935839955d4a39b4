import { beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS } from "~/lib/charts/types";
import { assertBuilt, htmlPages, parsePage, resolveSitePath } from "./site";

beforeAll(assertBuilt);

const isSpanish = (path: string) => path.startsWith("/es/");
// The 404 pages are the one pair at different paths: /404.html (hosts serve it) and /es/404/.
const twinOf = (path: string) => (path === "/404.html" ? "/es/404/index.html" : path === "/es/404/index.html" ? "/404.html" : isSpanish(path) ? path.slice(3) : `/es${path}`);

describe("Spanish edition", () => {
  it("every English page has a Spanish twin and every Spanish page an English one", () => {
    const pages = new Set(htmlPages());
    const missing = [...pages].filter((path) => !pages.has(twinOf(path)));
    expect(missing).toEqual([]);
    expect([...pages].filter(isSpanish).length).toBeGreaterThan(50);
  });

  it("sets <html lang> and links both languages with hreflang, both ways", () => {
    for (const path of htmlPages().filter((p) => !p.includes("404") && !p.includes("/embed/"))) {
      const doc = parsePage(path);
      expect(doc.documentElement.lang, path).toBe(isSpanish(path) ? "es" : "en");
      const alternates = Object.fromEntries([...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href") ?? "").pathname]));
      const self = path.replace(/index\.html$/, "");
      const other = twinOf(path).replace(/index\.html$/, "");
      expect(alternates[isSpanish(path) ? "es-MX" : "en"], path).toBe(self);
      expect(alternates[isSpanish(path) ? "en" : "es-MX"], path).toBe(other);
      expect(alternates["x-default"], path).toBe(isSpanish(path) ? other : self);
    }
  });

  it("Spanish pages have Spanish titles and no English interface strings", () => {
    const english = ["Download the data", "Show the data as a table", "Sources:", "How we chose this series", "Skip to content"];
    for (const path of htmlPages().filter(isSpanish)) {
      const text = parsePage(path).body.textContent ?? "";
      for (const phrase of english) expect(text.includes(phrase), `${path}: "${phrase}"`).toBe(false);
    }
  });

  it("has Spanish social cards and oEmbed for every chart", () => {
    for (const id of CHART_IDS) {
      const doc = parsePage(`/es/charts/${id}/index.html`);
      const image = new URL(doc.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "");
      expect(image.pathname).toBe(`/es/charts/${id}/card.png`);
      expect(resolveSitePath(image.pathname)).toBeDefined();
      expect(resolveSitePath(`/es/oembed/${id}.json`)).toBeDefined();
    }
  });
});
