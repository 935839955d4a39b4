import { expect, test } from "@playwright/test";

test("toggling a layer and choosing a year update the URL, and a reload restores them", async ({ page }) => {
  await page.goto("/map/");
  const figure = page.locator("figure.chart");
  await expect(figure).toHaveAttribute("data-layers", "offices,requests,detention");
  await page.getByLabel("Detention centres").uncheck();
  await expect(page).toHaveURL(/\?layers=offices%2Crequests$/);
  await expect(page.locator(".chart-svg--wide .map-detention").first()).toBeHidden();
  await page.locator('select[data-param="year"]').selectOption("2019");
  await expect(page).toHaveURL(/layers=offices%2Crequests&year=2019/);
  await page.reload();
  await expect(figure).toHaveAttribute("data-layers", "offices,requests");
  await expect(figure).toHaveAttribute("data-year", "2019");
  await expect(page.getByLabel("Detention centres")).not.toBeChecked();
  await expect(page.locator(".chart-svg--wide .map-detention").first()).toBeHidden();
  await expect(page.locator(".chart-svg--wide .map-offices").first()).toBeVisible();
});

test("the example link from the brief opens that exact view", async ({ page }) => {
  await page.goto("/map/?layers=offices,detention&year=2023");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-layers", "offices,detention");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-year", "2023");
  await expect(page.locator(".chart-svg--wide .map-requests").first()).toBeVisible(); // states stay drawn, uncoloured
});

test("offices not yet open in the chosen year are hidden", async ({ page }) => {
  await page.goto("/map/?year=2018");
  const all = await page.locator(".chart-svg--wide .map-offices [data-key]").count();
  const visible = await page.locator(".chart-svg--wide .map-offices [data-key]:visible").count();
  expect(visible).toBeGreaterThan(0);
  expect(visible).toBeLessThan(all);
});

test("hostile layer and year values fall back to the default view", async ({ page }) => {
  await page.goto("/map/?layers=offices,<script>&year=1e9");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-layers", "offices,requests,detention");
  await expect(page).toHaveURL(/\/map\/$/);
});

test("keyboard users reach every point on the map and its tooltip", async ({ page }) => {
  await page.goto("/map/");
  // Offices not yet open in the default year are hidden, so not focusable: only visible points count.
  const points = page.locator(".map-offices [tabindex='0']:visible, .map-detention [tabindex='0']:visible");
  const count = await points.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    await points.nth(i).focus();
    await expect(page.locator(".chart-tooltip")).toHaveText((await points.nth(i).getAttribute("aria-label")) ?? "");
  }
});

test("without JavaScript the map shows its default layers and the table of every point", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/map/?layers=offices");
  await expect(page.locator(".chart-svg--wide .map-detention").first()).toBeVisible();
  await expect(page.locator(".chart-svg--wide .map-offices").first()).toBeVisible();
  expect(await page.locator('.chart-panel[data-panel="table"] tbody tr').count()).toBeGreaterThan(20);
  await context.close();
});

test("at 360 px the map fits without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/map/");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});
