import { expect, test, type Page } from "@playwright/test";
import { CHART_IDS } from "../../src/lib/charts/types";

/** The site as Cloudflare Pages serves it (wrangler), framed from a second origin. */
const SITE = `http://127.0.0.1:${process.env["DEPLOY_PORT"] ?? 8788}`;
const HOST = `http://127.0.0.1:${Number(process.env["DEPLOY_PORT"] ?? 8788) + 1}`;
const EMBEDS = [...CHART_IDS.flatMap((id) => [`/embed/${id}/`, `/es/embed/${id}/`]), "/embed/timeline/", "/es/embed/timeline/"];
const PAGES = ["/", "/charts/", "/charts/asylum-requests-by-year/", "/map/", "/timeline/", "/explainers/locked-up/", "/search/", "/data/", "/sources/", "/es/", "/es/charts/map-detention/", "/es/timeline/", "/es/search/"];

/** A header's values, split where the host joined repeated headers (", " between two CSPs). */
async function headers(path: string): Promise<Headers> {
  const response = await fetch(`${SITE}${path}`);
  expect(response.status, path).toBe(200);
  return response.headers;
}

test("one Content-Security-Policy and one Cache-Control per response, as the host serves them", async () => {
  for (const path of [...PAGES, ...EMBEDS.slice(0, 6), "/data/asylum-requests-by-year.csv", "/embed.js"]) {
    const h = await headers(path);
    const csp = h.get("content-security-policy") ?? "";
    const cache = h.get("cache-control") ?? "";
    if (path.endsWith("/")) expect(csp.match(/default-src/g)?.length, `${path} CSP`).toBe(1);
    expect(cache.match(/max-age/g)?.length, `${path} Cache-Control: ${cache}`).toBe(1);
  }
});

/** Frames `paths` in the host page on the other origin; returns each frame's page (or error page). */
async function frameFromHost(page: Page, paths: string[]) {
  const query = paths.map((p) => `src=${encodeURIComponent(`${SITE}${p}`)}`).join("&");
  await page.goto(`${HOST}/?${query}`);
  await page.waitForLoadState("load");
  return paths.map((path, i) => ({ path, frame: page.frame({ url: (u) => u.href.startsWith(`${SITE}${path}`) }) ?? page.frames()[i + 1] }));
}

test(`every embed (${EMBEDS.length}) frames on another site`, async ({ page }) => {
  for (let start = 0; start < EMBEDS.length; start += 12) {
    for (const { path, frame } of await frameFromHost(page, EMBEDS.slice(start, start + 12))) {
      expect(frame, path).toBeTruthy();
      await expect(frame!.locator("h1, .chart-title").first(), path).toBeVisible();
    }
  }
});

test("ordinary pages refuse to be framed by another site", async ({ page }) => {
  for (const { path } of await frameFromHost(page, ["/charts/asylum-requests-by-year/", "/", "/es/map/"])) {
    // A frame blocked by frame-ancestors / X-Frame-Options never loads the site's document.
    expect(page.frames().some((f) => f.url().startsWith(`${SITE}${path}`) && f.url() !== "about:blank"), path).toBe(false);
  }
});

test("search returns results under the deployed CSP, in both languages", async ({ page }) => {
  for (const [path, query] of [["/search/", "Remain in Mexico"], ["/es/search/", "COMAR"]] as const) {
    await page.goto(`${SITE}${path}`);
    await page.locator("#search input").fill(query);
    await expect(page.locator(".pagefind-ui__result-link").first(), path).toBeVisible({ timeout: 15_000 });
  }
});

test("no Content-Security-Policy violation on any page kind", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`)));
  for (const path of [...PAGES, ...EMBEDS.slice(0, 4)]) {
    await page.goto(`${SITE}${path}`);
    await page.waitForLoadState("load");
  }
  expect(violations).toEqual([]);
});

test("an unknown /es/ address gets the Spanish not-found page", async () => {
  const response = await fetch(`${SITE}/es/no-such-page/`);
  expect(response.status).toBe(404);
  expect(await response.text()).toMatch(/<html lang="es/);
});
