import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGE = "/charts/asylum-requests-by-year/";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const panel = (page: Page, name: string) => page.locator(`figure.chart .chart-panel[data-panel="${name}"]`);

test("tabs are an ARIA tablist: arrows, Home and End switch panels, ?tab= round-trips through a reload", async ({ page }) => {
  await page.goto(PAGE);
  const tabs = page.getByRole("tab");
  await expect(tabs).toHaveText(["Chart", "Table", "Sources"]);
  await expect(page.getByRole("tab", { name: "Chart" })).toHaveAttribute("aria-selected", "true");
  await expect(panel(page, "table")).toBeHidden();
  await page.getByRole("tab", { name: "Chart" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Table" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  await expect(page).toHaveURL(/\?tab=table$/);
  await expect(panel(page, "table")).toBeVisible();
  await expect(panel(page, "chart")).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  await expect(panel(page, "table").locator("tbody tr")).toHaveCount(13);
  await page.getByRole("tab", { name: "Table" }).focus();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/\?tab=sources$/);
  await expect(panel(page, "sources").locator(".chart-sources-list li").first()).toBeVisible();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(panel(page, "chart")).toBeVisible();
  // Each tab stays a link to its state, and the share panel follows the tab.
  await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("href", `${PAGE}?tab=table`);
  await page.getByRole("tab", { name: "Sources" }).click();
  await expect(page.locator("[data-embed-code]")).toContainText("tab=sources");
});

test("a hostile tab falls back to the chart and is dropped", async ({ page }) => {
  await page.goto(`${PAGE}?tab=${encodeURIComponent("<script>alert(1)</script>")}&tab=table`);
  await expect(page.getByRole("tab", { name: "Chart" })).toHaveAttribute("aria-selected", "true");
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await page.goto(`${PAGE}?tab=map`);
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});

test("the table sorts by the raw numbers, with aria-sort on the header", async ({ page }) => {
  await page.goto(`${PAGE}?tab=table`);
  const header = panel(page, "table").locator("thead th").nth(1);
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(panel(page, "table").locator("tbody tr").first()).toContainText("1,296");
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const first = Number((await panel(page, "table").locator("tbody tr").first().locator("td").first().getAttribute("data-sort-value")) ?? 0);
  const second = Number((await panel(page, "table").locator("tbody tr").nth(1).locator("td").first().getAttribute("data-sort-value")) ?? 0);
  expect(first).toBeGreaterThanOrEqual(second);
  expect(first).toBeGreaterThan(100_000);
});

test("the Map tab links to the map chart with the same year", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-office/?tab=map");
  const link = panel(page, "map").locator("a[data-map-link]");
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", /^\/charts\/map-requests-by-state\//);
  const select = page.locator("figure.chart select[data-param=year]");
  const values = await select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const carried = JSON.parse((await link.getAttribute("data-carry")) ?? "{}") as Record<string, string[]>;
  const other = values.find((value) => (carried["year"] ?? []).includes(value) && value !== values.at(-1));
  expect(other, "an earlier year the map also has").toBeDefined();
  await page.getByRole("tab", { name: "Chart" }).click();
  await select.selectOption(other as string);
  await expect(link).toHaveAttribute("href", `/charts/map-requests-by-state/?year=${other}`);
});

test("the time range: selects and presets, a reload, the table, share links and embed code follow it", async ({ page }) => {
  await page.goto(PAGE);
  const figure = page.locator("figure.chart");
  const bars = page.locator(".chart-svg--wide [data-plot='bar'] rect");
  const before = await bars.last().boundingBox();
  await page.getByRole("link", { name: "Since 2019" }).click();
  await expect(page).toHaveURL(/\?time=2019\.\.2025$/);
  await expect(figure).toHaveAttribute("data-time", "2019..2025");
  await expect(page.locator(".chart-svg--wide [data-plot='bar'] rect[data-year='2018']").first()).toBeHidden();
  await expect(page.locator(".chart-svg--wide [data-plot='bar'] rect[data-year='2019']").first()).toBeVisible();
  // The events key keeps the events of the years shown (2014's Southern Border Program goes).
  await expect(page.locator(".chart-events li[data-year='2014']")).toBeHidden();
  await expect(page.locator(".chart-events li[data-year='2019']").first()).toBeVisible();
  // The years shown spread over the plot: the last bar is wider than before.
  const after = await bars.last().boundingBox();
  expect(after?.width ?? 0).toBeGreaterThan((before?.width ?? 0) * 1.3);
  await expect(page.locator("[data-embed-code]")).toContainText("time=2019..2025");
  await expect(page.locator("a[data-network]").first()).toHaveAttribute("href", /time%3D2019\.\.2025|time=2019\.\.2025/);
  await expect(page.locator("a[data-network]").first()).toHaveAttribute("href", /2019%E2%80%932025|2019–2025/);
  await page.reload();
  await expect(figure).toHaveAttribute("data-time", "2019..2025");
  await page.getByLabel("From", { exact: true }).selectOption("2016");
  await page.getByLabel("To", { exact: true }).selectOption("2020");
  await expect(page).toHaveURL(/\?time=2016\.\.2020$/);
  await page.getByRole("tab", { name: "Table" }).click();
  await expect(page).toHaveURL(/\?time=2016\.\.2020&tab=table$|\?tab=table&time=2016\.\.2020$/);
  await expect(panel(page, "table").locator("tbody tr:visible")).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);
  // The CSV download is the years shown.
  await page.getByRole("tab", { name: "Chart" }).click();
  const download = page.waitForEvent("download");
  await page.locator(".chart-meta a[data-download=csv]").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("asylum-requests-by-year-2016-2020.csv");
  const text = await (await file.createReadStream()).toArray();
  const lines = Buffer.concat(text).toString("utf8").trim().split("\n");
  expect(lines).toHaveLength(6);
  expect(lines.slice(1).map((line) => line.slice(0, 4))).toEqual(["2016", "2017", "2018", "2019", "2020"]);
  await page.getByRole("link", { name: "All years" }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(bars.first()).toBeVisible();
});

test("a range on a monthly chart: marks outside hidden, the rest spread, summary and exported card follow", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-month/");
  const summary = page.locator("figure.chart .chart-summary");
  const everyYear = await summary.textContent();
  const dots = page.locator(".chart-svg--wide [data-plot='dot'] circle");
  const total = await dots.count();
  await page.getByLabel("From", { exact: true }).selectOption("2023");
  await expect(page).toHaveURL(/\?time=2023\.\.2025$/);
  // Single months were published in 2019–2022 only: none is drawn for 2023–2025.
  await expect(dots.first()).toBeHidden();
  expect(await dots.evaluateAll((all) => all.filter((dot) => (dot as SVGElement).style.display !== "none").length)).toBe(0);
  expect(total).toBeGreaterThan(0);
  const ticks = await page.locator(".chart-svg--wide [data-plot='x-axis tick label'] text").evaluateAll((all) => all.filter((t) => (t as SVGElement).style.display !== "none").map((t) => t.textContent));
  expect(ticks.filter(Boolean)).toEqual(["2023", "2024", "2025"]);
  // Bands start at the plot's left edge and none runs past its right edge.
  const svg = page.locator(".chart-svg--wide svg");
  const [left, right] = [Number(await svg.getAttribute("data-time-left")), Number(await svg.getAttribute("data-time-right"))];
  const spans = await page.locator(".chart-svg--wide [data-plot='rect'] rect").evaluateAll((all) => all.filter((r) => (r as SVGElement).style.display !== "none").map((r) => [Number(r.getAttribute("x")), Number(r.getAttribute("x")) + Number(r.getAttribute("width"))]));
  expect(Math.min(...spans.map((s) => s[0] as number))).toBeCloseTo(left, 0);
  expect(Math.max(...spans.map((s) => s[1] as number))).toBeLessThanOrEqual(right + 0.5);
  // The sentence is the one of these years, and so is the SVG's name and the card's key sentence.
  await expect(summary).not.toHaveText(everyYear ?? "");
  await expect(summary).toContainText("2023");
  await expect(summary).not.toContainText("2021");
  await expect(svg).toHaveAttribute("aria-label", (await summary.textContent()) ?? "");
  await page.reload();
  await expect(summary).not.toHaveText(everyYear ?? "");
  const [exported] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-export="svg"]').click()]);
  const card = await (await import("node:fs/promises")).readFile((await exported.path()) as string, "utf8");
  expect(card).toContain("(2023–2025)");
  expect(card).not.toContain("August 2021");
  await page.getByRole("link", { name: "All years" }).click();
  await expect(summary).toHaveText(everyYear ?? "");
  await expect(dots.first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a range refits y to the years shown, and offers only years a chart draws", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-month/?time=2019..2020");
  const labels = page.locator(".chart-svg--wide [data-plot='y-axis tick label'] text");
  // 2019–2020 peaked near 6,300 a month: the axis stops at 7K, not at every year's 14K.
  await expect(labels.last()).toHaveText("7K");
  await page.getByRole("link", { name: "All years" }).click();
  await expect(labels.last()).toHaveText("14K");
  // Counts by nationality start in 2018 (the shares before it are in the table only): 2013–2017 clamps to 2018.
  await page.goto("/charts/asylum-requests-by-nationality/?time=2013..2019");
  await expect(page).toHaveURL(/\?time=2018\.\.2019$/);
  await expect(page.locator(".chart-svg--wide:not([hidden]) [data-plot='bar'] rect[data-year='2019']").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("hostile, reversed or out-of-range time values fall back or clamp, and are cleaned from the URL", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  for (const [query, expected] of [
    [`time=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, ""],
    ["time=2024..2019", ""],
    ["time=2019..2024&time=2020..2021", ""],
    ["time=1990..2018", "?time=2013..2018"],
    ["time=2019..latest", "?time=2019..2025"],
  ] as const) {
    await page.goto(`${PAGE}?${query}`);
    await expect(page).toHaveURL(new RegExp(`${PAGE.replace(/\//g, "\\/")}${expected.replace(/[?.]/g, "\\$&")}$`));
  }
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(errors).toEqual([]);
});

test("the embed honours the tab and the time range", async ({ page }) => {
  await page.goto("/embed/asylum-requests-by-year/?time=2020..2025&tab=table");
  await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  await expect(panel(page, "table").locator("tbody tr:visible")).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("every tab's panel is in the page and its tab link jumps to it", async ({ page }) => {
    await page.goto(PAGE);
    for (const name of ["chart", "table", "sources"]) await expect(panel(page, name)).toBeVisible();
    await page.getByRole("link", { name: "Table", exact: true }).click();
    await expect(page).toHaveURL(/#chart-asylum-requests-by-year-table$/);
    await expect(panel(page, "table").locator("tbody tr")).toHaveCount(13);
    await expect(page.locator(".chart-controls")).toBeHidden();
  });
});

test("at 360 px the tab bar fits on one row", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/charts/asylum-requests-by-office/");
  const boxes = await page.getByRole("tab").evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().top));
  expect(boxes).toHaveLength(4);
  expect(new Set(boxes.map(Math.round)).size).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
