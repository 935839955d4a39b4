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

test("PNG and SVG downloads export the view on screen, with its legend and the site's font, under the site's CSP", async ({ page }) => {
  // The deployed pages' policy (img-src 'self' data:; no blob: images), which `astro preview` does not send.
  const { HEADER_SETS } = await import("../../src/lib/deploy/headers.mjs");
  const csp = HEADER_SETS["page"]?.["Content-Security-Policy"] ?? "";
  expect(csp).toContain("img-src 'self' data:");
  await page.route("**/charts/**", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": csp } });
  });
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // A phone: the page shows the compact layout, the export still lays out the wide one.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/charts/asylum-requests-by-nationality/?highlight=HTI&as=share");
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".woff2")) fonts.push(request.url());
  });
  const { readFile, copyFile } = await import("node:fs/promises");
  const [png] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="png"]').click()]);
  const bytes = await readFile((await png.path()) as string);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 1260]);
  // Not the build-time fallback of the default view (that is chart.png, 2400 wide too).
  expect(png.suggestedFilename()).toBe("asylum-requests-by-nationality.png");
  if (process.env["EXPORT_SAMPLES"]) await copyFile((await png.path()) as string, `${process.env["EXPORT_SAMPLES"]}/nationality-haiti-share.png`);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="svg"]').click()]);
  const text = await readFile((await svg.path()) as string, "utf8");
  expect(text.startsWith("<svg")).toBe(true);
  expect(text).toContain("highlight=HTI&amp;as=share");
  expect(text).toContain("Share of the year");
  // The view in words under the title, as the controls name it.
  expect(text).toMatch(/<text[^>]*>Highlight: Haiti · Show: Share of each year<\/text>/);
  // The legend of the view: every key, Haiti bold, the others faded.
  // A key's label is one <text>, its lines <tspan>s.
  const lines = (inner: string) => [...inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(" ");
  const legend = [...text.matchAll(/<text class="card-legend"[^>]*font-weight="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => [lines(m[2] ?? ""), m[1]]);
  const onPage = await page.locator(".chart-legend li").allTextContents();
  expect(legend.map(([label]) => label)).toEqual(onPage.map((label) => label.trim()));
  expect(legend.filter(([, weight]) => weight === "700").map(([label]) => label)).toEqual(["Haiti"]);
  // The site's face travels inside the file, as WOFF2 data, fetched from the site itself.
  const face = /@font-face\{font-family:"Source Sans 3";[^}]*src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(text);
  expect(Buffer.from(face?.[1] ?? "", "base64").subarray(0, 4).toString("ascii")).toBe("wOF2");
  expect(fonts.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
  // …and is what the browser draws with: the card drawn without its @font-face looks different.
  const differs = await page.evaluate(async (card) => {
    const draw = async (markup: string) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = 1200;
      canvas.height = 630;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, 1200, 200).data;
    };
    const [withFace, without] = [await draw(card), await draw(card.replace(/@font-face\{[^}]*\}/, ""))];
    let changed = 0;
    for (let i = 0; i < withFace.length; i += 4) if (withFace[i] !== without[i]) changed += 1;
    return changed;
  }, text);
  expect(differs).toBeGreaterThan(1000);
  // The chart drawn is the wide one (720 wide), in the share variant.
  expect(text).toMatch(/<svg x="48" y="\d+" width="\d+" height="\d+" preserveAspectRatio="xMinYMin meet"[^>]*viewBox="0 0 720 /);
  expect(violations).toEqual([]);
});

test("an export made in the dark theme is drawn in the card's light colours", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/charts/asylum-requests-by-year/");
  const darkText = await page.evaluate(() => getComputedStyle(document.body).color);
  const lightText = await page.evaluate(() => {
    document.documentElement.style.colorScheme = "light";
    const color = getComputedStyle(document.body).color;
    document.documentElement.style.colorScheme = "";
    return color;
  });
  expect(darkText).not.toBe(lightText);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="svg"]').click()]);
  const text = await (await import("node:fs/promises")).readFile((await svg.path()) as string, "utf8");
  expect(text).not.toContain(darkText);
  expect(text).toContain(lightText);
  // The page is back in its dark colours after the export.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(darkText);
});

test("a map's export carries the map's legend for the year shown", async ({ page }) => {
  await page.goto("/charts/map-requests-by-state/");
  // A year other than the default one, from the views the figure declares.
  const views = JSON.parse((await page.locator("figure.chart").getAttribute("data-views")) ?? "[]") as Array<{ name: string; values: string[]; fallback: string }>;
  const yearView = views.find((v) => v.name === "year");
  const year = yearView?.values.find((value) => value !== yearView.fallback) ?? "";
  expect(year).toMatch(/^\d{4}$/);
  await page.goto(`/charts/map-requests-by-state/?year=${year}`);
  await expect(page.locator("figure.chart")).toHaveAttribute("data-year", year);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="svg"]').click()]);
  const text = await (await import("node:fs/promises")).readFile((await svg.path()) as string, "utf8");
  expect(text).toContain(`year=${year}`);
  // No swatch is left invisible (the page's hatched "no data" swatch has no colour of its own).
  expect(text).not.toMatch(/<rect[^>]*fill="rgba\(0, 0, 0, 0\)"/);
  const legend = [...text.matchAll(/<text class="card-legend"[^>]*>(.*?)<\/text>/g)].map((m) => [...(m[1] ?? "").matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(" "));
  const onPage = (await page.locator(".chart-legend li").allTextContents()).map((label) => label.trim());
  expect(onPage.length).toBeGreaterThan(0);
  expect(legend).toEqual(onPage);
  if (process.env["EXPORT_SAMPLES"]) {
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="png"]').click()]);
    await (await import("node:fs/promises")).copyFile((await png.path()) as string, `${process.env["EXPORT_SAMPLES"]}/map-requests-2019.png`);
  }
});
