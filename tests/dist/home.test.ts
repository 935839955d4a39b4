import { describe, expect, it } from "vitest";
import { loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { loadPolicyEvents } from "~/lib/data/datasets/policy-events";
import { formatCount } from "~/lib/format";
import { assertBuilt, parsePage, readDist } from "./site";

/**
 * The home page tells the story in one screen, from data, complete without JavaScript: the
 * sentence, the number that proves it (computed, sourced, dated), a way in, headline figures
 * that link to their share pages, the featured chart, the reading path and both teasers.
 */
assertBuilt();

for (const [lang, path] of [["en", "/index.html"], ["es", "/es/index.html"]] as const) {
  describe(`home page (${lang})`, () => {
    const doc = parsePage(path);
    const hero = doc.querySelector(".home-hero");

    it("opens with one sentence and the peak year's count from the data, its source and how current it is", () => {
      expect(doc.querySelectorAll("h1")).toHaveLength(1);
      expect(hero?.querySelector("h1")?.textContent?.length).toBeGreaterThan(40);
      const peak = loadAsylumRequestsByYear().rows.filter((r) => r.months === 12).reduce((a, b) => (b.requests > a.requests ? b : a));
      expect(hero?.querySelector(".home-proof-value")?.textContent).toBe(formatCount(lang, peak.requests));
      const source = hero?.querySelector(".home-proof-source");
      expect(source?.querySelector("a[href*='/sources/#']")).not.toBeNull();
      expect(source?.textContent).toMatch(lang === "en" ? /Latest data: / : /Datos más recientes: /);
      expect(hero?.querySelectorAll(".home-ways-in a[href]").length).toBeGreaterThanOrEqual(2);
    });

    it("links three to five headline figures to their /figures/ pages, has the chart, the reading path and the teasers", () => {
      const figures = [...doc.querySelectorAll(".home-figures a")].map((a) => a.getAttribute("href"));
      expect(figures.length).toBeGreaterThanOrEqual(3);
      expect(figures.length).toBeLessThanOrEqual(5);
      for (const href of figures) expect(href).toMatch(/\/figures\/[a-z0-9-]+\/$/);
      expect(doc.querySelector("figure.chart svg")).not.toBeNull();
      expect(doc.querySelectorAll(".reading-path li").length).toBeGreaterThanOrEqual(8);
      expect(doc.querySelector(".home-map svg")).not.toBeNull();
      const newest = [...loadPolicyEvents().rows].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0];
      expect(doc.querySelector(".latest-events a")?.getAttribute("href")).toContain(`#${newest?.id}`);
      expect(readDist(path)).not.toMatch(/will hold|va a tener/);
    });
  });
}
