import { expect, test } from "@playwright/test";

/**
 * A host page (about:blank, so another origin than the site) that embeds two charts: one with
 * the resizer script, one bare. Not published: it exists only in this test.
 */
function hostPage(baseURL: string, withResizer: boolean): string {
  return `<!doctype html><html><body style="margin:0">
    <iframe id="a" src="${baseURL}/embed/asylum-requests-by-year/" title="A" style="width:100%;border:0" height="200"></iframe>
    <iframe id="b" src="${baseURL}/embed/asylum-requests-by-nationality/?as=share" title="B" style="width:100%;border:0" height="200"></iframe>
    ${withResizer ? `<script async src="${baseURL}/embed.js"></script>` : ""}
  </body></html>`;
}

test("with the resizer script each iframe grows to its content's height", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.setContent(hostPage(baseURL as string, true));
  for (const id of ["a", "b"]) {
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.locator("figure.chart")).toBeVisible();
    await expect.poll(async () => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(400);
    const content = await (await page.locator(`#${id}`).elementHandle())?.contentFrame();
    const inner = await content?.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const outer = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(outer - (inner ?? 0))).toBeLessThanOrEqual(2);
  }
});

test("an embed posts its height in both message forms, and applies ?theme", async ({ page, baseURL }) => {
  // The host records messages from the start, before the iframe loads.
  await page.setContent(`<!doctype html><body><script>window.seen = []; addEventListener("message", (e) => window.seen.push(e.data));</script><iframe id="a" src="${baseURL}/embed/comar-backlog/?theme=dark" title="A" style="width:600px;border:0" height="300"></iframe></body>`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length)).toBeGreaterThanOrEqual(2);
  const messages = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
  expect(messages).toContainEqual(expect.objectContaining({ type: "refugio:height", id: "comar-backlog" }));
  expect(messages.some((m) => typeof m === "object" && m !== null && "datawrapper-height" in m)).toBe(true);
  const content = await (await page.locator("#a").elementHandle())?.contentFrame();
  expect(await content?.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
});

test("a bare iframe at the suggested height shows the whole chart", async ({ page, baseURL }) => {
  await page.goto("/charts/asylum-requests-by-year/");
  const code = (await page.locator("[data-embed-code]").textContent()) ?? "";
  const height = Number(/height="(\d+)"/.exec(code)?.[1]);
  expect(height).toBeGreaterThan(300);
  await page.setViewportSize({ width: 760, height: 1000 });
  await page.setContent(`<!doctype html><body style="margin:0">${code.replace(/https:\/\/refugio\.example/g, baseURL as string)}</body>`);
  const content = await (await page.locator("iframe").elementHandle())?.contentFrame();
  await expect.poll(async () => content?.evaluate(() => document.readyState)).toBe("complete");
  const needed = await content?.evaluate(() => document.documentElement.scrollHeight);
  expect(needed).toBeLessThanOrEqual(height);
});

test("copy link copies exactly the URL of the view shown", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/charts/asylum-requests-by-nationality/?highlight=HTI");
  await page.locator("[data-copy-link]").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe("?highlight=HTI");
  await page.locator('select[data-param="highlight"]').selectOption("CUB");
  await page.locator("[data-copy-link]").click();
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).search).toBe("?highlight=CUB");
  await expect(page.locator('a[data-network="x"]')).toHaveAttribute("href", /highlight%3DCUB/);
});

test("the PNG download is a valid image", async ({ page, request }) => {
  await page.goto("/charts/detention-overcrowding/");
  const href = await page.locator('a[download][href$="chart.png"]').getAttribute("href");
  const response = await request.get(href ?? "");
  expect(response.headers()["content-type"]).toContain("image/png");
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.readUInt32BE(16)).toBe(2400);
});

test("PNG and SVG downloads export the view on screen", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-nationality/?highlight=HTI&as=share");
  const [png] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="png"]').click()]);
  const bytes = await (await import("node:fs/promises")).readFile((await png.path()) as string);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.readUInt32BE(16)).toBe(2400);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="svg"]').click()]);
  const text = await (await import("node:fs/promises")).readFile((await svg.path()) as string, "utf8");
  expect(text.startsWith("<svg")).toBe(true);
  expect(text).toContain("highlight=HTI&amp;as=share");
  expect(text).toContain("Share of the year");
});
