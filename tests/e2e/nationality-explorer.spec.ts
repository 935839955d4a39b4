import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGE = "/charts/asylum-requests-by-nationality-lines/";
const visibleKeys = (page: Page) =>
  page.locator(".chart-svg--wide:not([hidden]) g.series-line:not(.series-off) path").evaluateAll((paths) => paths.map((p) => p.getAttribute("data-key")));

test.describe("nationality explorer", () => {
  test.use({ viewport: { width: 1000, height: 900 } });

  test("keyboard: type to filter, Enter adds, arrows and Space toggle, Escape closes; the URL and a reload keep the set", async ({ page }) => {
    await page.goto(PAGE);
    const defaults = await visibleKeys(page);
    expect(defaults.length).toBe(5);
    const field = page.getByRole("combobox", { name: "Nationalities" });
    await field.focus();
    await page.keyboard.type("guat");
    const listbox = page.getByRole("listbox", { name: "Nationalities" });
    await expect(listbox).toBeVisible();
    await expect(listbox.getByRole("option")).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?country=[A-Z~]*GTM/);
    await expect(listbox.getByRole("option", { name: "Guatemala" })).toHaveAttribute("aria-selected", "true");
    // Clear the filter; Down to the first option (Honduras, chosen by default) and Space removes it.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(field).toHaveValue("");
    await page.keyboard.press("ArrowDown");
    await expect(listbox).toBeVisible();
    await expect(field).toHaveAttribute("aria-activedescendant", /-HND$/);
    await page.keyboard.press(" ");
    await expect(page).not.toHaveURL(/HND/);
    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    const chosen = await visibleKeys(page);
    expect(chosen).toContain("GTM");
    expect(chosen).not.toContain("HND");
    await page.reload();
    expect(await visibleKeys(page)).toEqual(chosen);
    await expect(page.locator(".chart-legend li:not([hidden])")).toHaveCount(chosen.length);
    await expect(page.locator('.chart-legend li[data-key="GTM"]')).toBeVisible();
  });

  test("a chosen set is drawn in distinct colours, with its y axis fitted, its legend and its table rows", async ({ page }) => {
    await page.goto(`${PAGE}?country=VEN`);
    expect(await visibleKeys(page)).toEqual(["VEN"]);
    // Fitted: Venezuela's highest point is near the top of the plot, not squashed under Haiti's 2021 peak.
    const { top, zero, highest, topGrid } = await page.locator(".chart-svg--wide:not([hidden]) svg").evaluate((svg) => ({
      top: Number(svg.querySelector(".scale-top line")?.getAttribute("y1")),
      zero: Number(svg.querySelector(".mark-axis line")?.getAttribute("y1")),
      highest: Math.min(...[...svg.querySelectorAll('g.series-dot circle[data-key="VEN"]')].map((c) => Number(c.getAttribute("cy")))),
      topGrid: Math.min(...[...svg.querySelectorAll('[data-plot="y-grid"] line')].map((l) => Number(l.getAttribute("y1")))),
    }));
    expect((zero - highest) / (zero - top)).toBeGreaterThan(0.75);
    // The redrawn axis ends on a labelled gridline at the top of the plot.
    expect(topGrid).toBeCloseTo(top, 0);
    const rows = page.locator('.chart-panel[data-panel="table"] tbody tr');
    await page.getByRole("tab", { name: "Table" }).click();
    const shown = await rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute("data-key")));
    expect(new Set(shown)).toEqual(new Set(["VEN"]));
    await page.goto(`${PAGE}?country=HND~HTI~CUB~VEN~SLV~GTM~NIC~BRA`);
    const strokes = await page.locator(".chart-svg--wide:not([hidden]) g.series-line:not(.series-off)").evaluateAll((groups) => groups.map((g) => g.getAttribute("stroke")));
    expect(strokes).toHaveLength(8);
    expect(new Set(strokes).size).toBe(8);
    // A ninth is refused, and the reader is told why.
    await page.getByRole("combobox", { name: "Nationalities" }).fill("colom");
    await page.keyboard.press("Enter");
    await expect(page.locator(".set-picker-status")).toContainText("at most 8");
    expect(await visibleKeys(page)).toHaveLength(8);
  });

  test("switching to shares keeps the set and redraws the axis as percentages", async ({ page }) => {
    await page.goto(`${PAGE}?country=VEN~HND`);
    await page.getByLabel("Share of each year").check();
    await expect(page).toHaveURL(/country=HND~VEN&as=share|as=share.*country=HND~VEN/);
    const labels = await page.locator('.chart-svg--wide[data-variant="share"] [data-plot="y-axis tick label"] text').allTextContents();
    expect(labels.at(-1)).toMatch(/%$/);
    expect(await page.locator('.chart-svg--wide[data-variant="share"] g.series-line:not(.series-off) path').count()).toBe(2);
  });

  for (const [label, query] of [
    ["unknown code", "?country=VEN~XYZ"],
    ["markup", `?country=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
    ["more than eight", "?country=HND~HTI~CUB~VEN~SLV~GTM~NIC~BRA~COL"],
    ["repeated key", "?country=VEN&country=HND"],
    ["empty", "?country="],
  ]) {
    test(`a hostile set (${label}) falls back to the default and is dropped from the URL`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${PAGE}${query}`);
      await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
      expect(await visibleKeys(page)).toHaveLength(5);
      expect(await page.locator("img[src=x]").count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test("the embed, the share links and the embed code follow the set", async ({ page }) => {
    await page.goto(`/embed/asylum-requests-by-nationality-lines/?country=VEN~SLV`);
    expect(await visibleKeys(page)).toEqual(["VEN", "SLV"]);
    await page.goto(`${PAGE}?country=VEN`);
    await expect(page.locator("[data-embed-code]")).toContainText("country=VEN");
    const href = await page.locator("a[data-network]").first().getAttribute("href");
    expect(decodeURIComponent(href ?? "")).toContain("country=VEN");
  });

  test("the CSV and JSON downloads hold the chosen series' rows", async ({ page }) => {
    await page.goto(`${PAGE}?country=VEN~SLV`);
    for (const [selector, kind] of [[".chart-meta a[href$='data.csv']", "csv"], [".chart-share a[href$='data.json']", "json"]] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
      const stream = await download.createReadStream();
      let text = "";
      for await (const chunk of stream) text += String(chunk);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^asylum-requests-by-nationality-lines-(VEN-SLV|SLV-VEN)\\.${kind}$`));
      const codes = kind === "csv" ? text.trim().split("\n").slice(1).map((line) => line.split(",")[1]) : (JSON.parse(text) as { data: Array<{ nationality: string }> }).data.map((row) => row.nationality);
      expect(codes.length).toBeGreaterThan(8);
      expect(new Set(codes)).toEqual(new Set(["VEN", "SLV"]));
    }
  });

  test("the exported SVG shows the chosen series only, on the fitted axis", async ({ page }) => {
    await page.goto(`${PAGE}?country=VEN`);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="svg"]').click()]);
    const text = await (await import("node:fs/promises")).readFile((await svg.path()) as string, "utf8");
    expect(text).toContain("country=VEN");
    expect(text).toContain('data-key="VEN"');
    expect(text).not.toContain('data-key="HND"');
    // The axis as fitted on screen (not the build's axis for every nationality) is the one exported.
    const onScreen = (await page.locator('.chart-svg--wide:not([hidden]) [data-plot="y-axis tick label"] text').allTextContents()).at(-1) ?? "";
    const built = await page.evaluate(async () => (await (await fetch(location.pathname)).text()).match(/data-plot="y-axis tick label"[^]*?<\/g>/)?.[0] ?? "");
    expect(built).not.toContain(`>${onScreen}<`);
    expect(text).toContain(`>${onScreen}<`);
  });

  test("axe finds nothing with the list open, light and dark", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(PAGE);
      await page.getByRole("combobox", { name: "Nationalities" }).fill("a");
      await expect(page.getByRole("listbox", { name: "Nationalities" })).toBeVisible();
      const results = await new AxeBuilder({ page }).include(".chart-controls").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    }
  });
});

test("at 360 px the picker is usable by touch and nothing scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Show the list" }).tap();
  const option = page.getByRole("option", { name: "Guatemala" });
  await option.scrollIntoViewIfNeeded();
  const box = await option.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  await option.tap();
  await expect(page).toHaveURL(/GTM/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await context.close();
});

test("without JavaScript the default set is drawn and the table lists every nationality", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  expect(await visibleKeys(page)).toHaveLength(5);
  await expect(page.locator(".chart-legend li:not([hidden])")).toHaveCount(5);
  const keys = await page.locator(".chart-table tbody tr").evaluateAll((trs) => new Set(trs.map((tr) => tr.getAttribute("data-key"))).size);
  expect(keys).toBeGreaterThan(10);
  await context.close();
});
