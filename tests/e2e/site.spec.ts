import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PAGES, watchPage } from "./pages";

for (const path of PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} (${colorScheme}): renders, axe finds no violations, no foreign requests, no console errors`, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme });
      const watch = watchPage(page, new URL(baseURL as string).origin);
      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(path === "/404.html" ? 200 : 200);
      await expect(page.locator("h1")).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  }
}

test("the data table opens by keyboard from its tab", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-year/");
  await page.getByRole("tab", { name: "Chart" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tabpanel").locator("table")).toBeVisible();
  await expect(page.getByRole("tabpanel").locator("tbody tr")).toHaveCount(13);
});

test("at 360 px wide no page scrolls sideways and the compact chart is shown", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto("/charts/asylum-requests-by-year/");
  await expect(page.locator(".chart-svg--compact svg")).toBeVisible();
  await expect(page.locator(".chart-svg--wide svg")).toBeHidden();
  await context.close();
});
