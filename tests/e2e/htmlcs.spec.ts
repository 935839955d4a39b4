import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";

/**
 * A second accessibility engine beside axe: HTML_CodeSniffer (the engine behind pa11y), WCAG 2
 * AA, on every page kind in both languages. Errors only (its warnings and notices ask for
 * human review). Injected from npm; nothing is fetched from another origin.
 */
const HTMLCS = createRequire(import.meta.url).resolve("html_codesniffer/build/HTMLCS.js");
const PAGES = ["/", "/charts/", "/charts/asylum-requests-by-year/", "/charts/asylum-requests-by-nationality/", "/embed/comar-backlog/", "/map/", "/timeline/", "/embed/timeline/", "/explainers/", "/explainers/locked-up/", "/figures/", "/figures/detention-over-capacity/", "/recommendations/", "/data/", "/sources/", "/methodology/", "/about/", "/search/", "/404.html", "/es/", "/es/charts/map-detention/", "/es/timeline/", "/es/explainers/waiting-in-danger/", "/es/recommendations/"];

for (const path of PAGES) {
  test(`HTML_CodeSniffer finds no WCAG 2 AA error on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.addScriptTag({ path: HTMLCS });
    const errors = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const htmlcs = (window as unknown as { HTMLCS: { process: (standard: string, root: Document, done: () => void) => void; getMessages: () => Array<{ type: number; code: string; msg: string; element: Element }> } }).HTMLCS;
          htmlcs.process("WCAG2AA", document, () => {
            // type 1 = error (2 = warning, 3 = notice).
            resolve(htmlcs.getMessages().filter((m) => m.type === 1).map((m) => `${m.code}: ${m.msg} <${m.element.tagName.toLowerCase()}${m.element.id ? `#${m.element.id}` : ""}>`));
          });
        }),
    );
    expect(errors).toEqual([]);
  });
}
