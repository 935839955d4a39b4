import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const ID = "asylum-requests-by-office-lines";
const PAGE = `/charts/${ID}/`;
// The places with most published periods (compared as sets: their order follows the data's ranking).
const DEFAULT = ["of-tapachula", "st-baja-california", "st-chiapas", "st-ciudad-de-mexico", "st-tabasco"];
const visibleKeys = (page: Page, variant = "share") =>
  page.locator(`.chart-svg--wide[data-variant="${variant}"] g.series-line:not(.series-off) path`).evaluateAll((paths) => paths.map((p) => p.getAttribute("data-key") ?? "").sort());

test.describe("place explorer", () => {
  test.use({ viewport: { width: 1000, height: 900 } });

  test("the picker adds and removes a place; the URL and a reload keep the set", async ({ page }) => {
    await page.goto(PAGE);
    expect(await visibleKeys(page)).toEqual(DEFAULT);
    const field = page.getByRole("combobox", { name: "Offices and states" });
    await field.focus();
    // Accents ignored: "veracr" finds Veracruz, "pale" the Palenque office.
    await page.keyboard.type("veracr");
    const listbox = page.getByRole("listbox", { name: "Offices and states" });
    await expect(listbox.getByRole("option")).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?place=[a-z~-]*st-veracruz/);
    // Remove Baja California by pointer.
    await field.fill("baja");
    await listbox.getByRole("option", { name: "Baja California" }).click();
    await expect(page).not.toHaveURL(/st-baja-california/);
    await page.keyboard.press("Escape");
    const chosen = await visibleKeys(page);
    expect(chosen).toContain("st-veracruz");
    expect(chosen).not.toContain("st-baja-california");
    await page.reload();
    expect(await visibleKeys(page)).toEqual(chosen);
    await expect(page.locator(".chart-legend li:not([hidden])")).toHaveCount(chosen.length);
    await expect(page.locator('.chart-legend li[data-key="st-veracruz"]')).toBeVisible();
    // The table follows the set.
    await page.getByRole("tab", { name: "Table" }).click();
    const rows = await page.locator('.chart-panel[data-panel="table"] tbody tr').evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute("data-key")));
    expect(new Set(rows)).toEqual(new Set(chosen));
  });

  test("a small place gets a fitted axis and distinct colours; computed shares stay rings", async ({ page }) => {
    await page.goto(`${PAGE}?place=st-veracruz~of-palenque`);
    expect(await visibleKeys(page)).toEqual(["of-palenque", "st-veracruz"]);
    const svg = page.locator('.chart-svg--wide[data-variant="share"] svg');
    const { top, zero, highest, topLabel, strokes, ring } = await svg.evaluate((el) => ({
      top: Number(el.querySelector(".scale-top line")?.getAttribute("y1")),
      zero: Number(el.querySelector(".mark-axis line")?.getAttribute("y1")),
      highest: Math.min(...[...el.querySelectorAll("g.series-dot:not(.series-off) circle")].map((c) => Number(c.getAttribute("cy")))),
      topLabel: [...el.querySelectorAll('[data-plot="y-axis tick label"] text')].at(-1)?.textContent ?? "",
      strokes: [...el.querySelectorAll("g.series-line:not(.series-off)")].map((g) => g.getAttribute("stroke")),
      ring: (() => {
        const group = el.querySelector('g.series-hollow:not(.series-off)');
        const circle = group?.querySelector("circle");
        return circle ? { stroke: getComputedStyle(circle).stroke, fill: getComputedStyle(circle).fill, group: group?.getAttribute("stroke") } : undefined;
      })(),
    }));
    // Both are under 7% of the nation: fitted, the highest point is near the top, not squashed under Tapachula's 70%.
    expect((zero - highest) / (zero - top)).toBeGreaterThan(0.75);
    expect(topLabel).toMatch(/^\d+%$/);
    expect(Number(topLabel.replace("%", ""))).toBeLessThan(20);
    expect(new Set(strokes).size).toBe(2);
    expect(ring).toBeDefined();
    expect(ring?.fill).not.toBe(ring?.stroke);
    expect(strokes).toContain(ring?.group);
  });

  test("switching to requests per month keeps the set and draws counts", async ({ page }) => {
    await page.goto(`${PAGE}?place=of-tapachula~st-tabasco`);
    await page.getByLabel("Requests per month").check();
    await expect(page).toHaveURL(/place=of-tapachula~st-tabasco&as=per-month|as=per-month.*place=of-tapachula~st-tabasco/);
    expect(await visibleKeys(page, "per-month")).toEqual(["of-tapachula", "st-tabasco"]);
    const labels = await page.locator('.chart-svg--wide[data-variant="per-month"] [data-plot="y-axis tick label"] text').allTextContents();
    expect(labels.at(-1)).toMatch(/K$/);
  });

  for (const [label, query] of [
    ["unknown place", "?place=of-tapachula~st-atlantis"],
    ["markup", `?place=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
    ["repeated key", "?place=of-tapachula&place=st-chiapas"],
    ["empty", "?place="],
  ]) {
    test(`a hostile set (${label}) falls back to the default and is dropped from the URL`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${PAGE}${query}`);
      await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
      expect(await visibleKeys(page)).toEqual(DEFAULT);
      expect(await page.locator("img[src=x]").count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test("the embed, the share links and the embed code follow the set", async ({ page }) => {
    await page.goto(`/embed/${ID}/?place=st-chiapas~st-tabasco`);
    expect(await visibleKeys(page)).toEqual(["st-chiapas", "st-tabasco"]);
    await page.goto(`${PAGE}?place=st-chiapas~st-tabasco`);
    await expect(page.locator("[data-embed-code]")).toContainText("place=st-chiapas~st-tabasco");
    const href = await page.locator("a[data-network]").first().getAttribute("href");
    expect(decodeURIComponent(href ?? "")).toContain("place=st-chiapas~st-tabasco");
  });

  test("the CSV and JSON downloads hold the chosen places' rows, with their computed shares", async ({ page }) => {
    await page.goto(`${PAGE}?place=of-tapachula~st-tabasco`);
    for (const [selector, kind] of [[".chart-meta a[href$='data.csv']", "csv"], [".chart-share a[href$='data.json']", "json"]] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
      const stream = await download.createReadStream();
      let text = "";
      for await (const chunk of stream) text += String(chunk);
      expect(download.suggestedFilename()).toBe(`${ID}-of-tapachula-st-tabasco.${kind}`);
      if (kind === "csv") {
        const [header, ...lines] = text.trim().split("\n");
        const columns = (header ?? "").split(",");
        const place = columns.indexOf("place");
        expect(columns).toContain("share_percent_computed");
        expect(new Set(lines.map((line) => line.split(",")[place]))).toEqual(new Set(["of-tapachula", "st-tabasco"]));
      } else {
        const data = (JSON.parse(text) as { data: Array<{ place: string; share_percent_computed: number | null }>; view: Record<string, string> });
        expect(data.view).toEqual({ place: "of-tapachula~st-tabasco" });
        expect(new Set(data.data.map((row) => row.place))).toEqual(new Set(["of-tapachula", "st-tabasco"]));
        expect(data.data.some((row) => row.share_percent_computed !== null)).toBe(true);
      }
    }
  });

  test("the exported SVG shows the chosen places only, rings filled", async ({ page }) => {
    await page.goto(`${PAGE}?place=st-veracruz~of-palenque`);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="svg"]').click()]);
    const text = await (await import("node:fs/promises")).readFile((await svg.path()) as string, "utf8");
    expect(text).toContain("place=st-veracruz~of-palenque");
    expect(text).toContain('data-key="of-palenque"');
    expect(text).not.toContain('data-key="of-tapachula"');
    expect(text).toContain(".series-hollow circle{fill:");
  });

  test("axe finds nothing with the list open, light and dark", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(PAGE);
      await page.getByRole("combobox", { name: "Offices and states" }).fill("a");
      await expect(page.getByRole("listbox", { name: "Offices and states" })).toBeVisible();
      const results = await new AxeBuilder({ page }).include(".chart").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    }
  });
});

test("at 360 px in Spanish the picker works by touch and nothing scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`/es${PAGE}`);
  await page.getByRole("button", { name: "Mostrar la lista" }).tap();
  const option = page.getByRole("option", { name: "Veracruz" });
  await option.scrollIntoViewIfNeeded();
  expect((await option.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await option.tap();
  await expect(page).toHaveURL(/st-veracruz/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await context.close();
});

test("without JavaScript the default set is drawn, with its source and as-of lines, and the table lists every place", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(PAGE);
  expect(await page.locator('.chart-svg--compact[data-variant="share"] g.series-line:not(.series-off) path').evaluateAll((paths) => paths.map((p) => p.getAttribute("data-key") ?? "").sort())).toEqual(DEFAULT);
  await expect(page.locator(".chart-svg--compact[data-variant='share']")).toBeVisible();
  await expect(page.locator(".chart-legend li:not([hidden])")).toHaveCount(DEFAULT.length);
  await expect(page.locator(".chart-meta .chart-source")).toBeVisible();
  await expect(page.locator(".chart-meta .chart-asof")).toContainText(/\d{4}/);
  const keys = await page.locator(".chart-table tbody tr").evaluateAll((trs) => new Set(trs.map((tr) => tr.getAttribute("data-key"))).size);
  expect(keys).toBeGreaterThan(DEFAULT.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await context.close();
});
