import { expect, test } from "@playwright/test";
import { CHART_IDS } from "../../src/lib/charts/types";

test.use({ javaScriptEnabled: false });

test("with JavaScript disabled the chart, its summary, table and sources are all there", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-year/");
  const svg = page.locator("figure.chart .chart-svg--wide svg");
  await expect(svg).toBeVisible();
  const box = await svg.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(200);
  await expect(svg.locator("rect")).toHaveCount(await svg.locator("rect").count());
  expect(await svg.locator(".mark-primary rect").count()).toBe(12);
  await expect(page.locator(".chart-summary")).toContainText("COMAR received 1,296 asylum requests in 2013");
  await expect(page.locator(".chart-source a").first()).toBeVisible();
  await expect(page.locator('.chart-panel[data-panel="table"] tbody tr')).toHaveCount(13);
  await expect(page.locator('.chart-panel[data-panel="table"] tbody tr').first()).toBeVisible();
});

test("with JavaScript disabled the embed shows its chart", async ({ page }) => {
  await page.goto("/embed/asylum-requests-by-year/");
  await expect(page.locator("figure.chart svg:visible")).toHaveCount(1);
});

test("with JavaScript disabled an embed shows the chart panel only, and a tab's link shows its panel in its place", async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto("/embed/asylum-requests-by-year/");
  const panel = (name: string) => page.locator(`figure.chart .chart-panel[data-panel="${name}"]`);
  await expect(panel("chart")).toBeVisible();
  await expect(panel("table")).toBeHidden();
  await expect(panel("sources")).toBeHidden();
  // The page is no taller than the embed code's iframe height, so the frame does not scroll.
  const code = await page.evaluate(async () => (await (await fetch("/charts/asylum-requests-by-year/")).text()).match(/data-embed-height="(\d+)"/)?.[1]);
  expect(Number(code)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(Number(code));
  await page.locator(".chart-tabs a[data-tab]", { hasText: "Table" }).click();
  await expect(panel("table")).toBeVisible();
  await expect(panel("chart")).toBeHidden();
  await expect(panel("table").locator("tbody tr").first()).toBeVisible();
});

for (const id of CHART_IDS) {
  test(`${id}: readable with JavaScript off (chart, summary, table, sources)`, async ({ page }) => {
    await page.goto(`/charts/${id}/`);
    await expect(page.locator("figure.chart .chart-svg--wide:not([hidden]) svg")).toBeVisible();
    await expect(page.locator(".chart-summary")).not.toBeEmpty();
    await expect(page.locator(".chart-source a").first()).toBeAttached();
    // Every tab's panel shows in order, the table open.
    for (const link of await page.locator(".chart-tabs a[data-tab]").all()) await expect(page.locator(`.chart-panel${(await link.getAttribute("href")) ?? ""}`)).toBeVisible();
    expect(await page.locator('.chart-panel[data-panel="table"] tbody tr').count()).toBeGreaterThan(0);
  });
}
