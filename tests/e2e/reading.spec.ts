import { expect, test } from "@playwright/test";

test("search finds an explainer by its key term", async ({ page }) => {
  await page.goto("/search/");
  const input = page.locator("#search input");
  await expect(input).toBeVisible();
  await input.fill("Remain in Mexico");
  await expect(page.locator(".pagefind-ui__result-link").first()).toBeVisible({ timeout: 10_000 });
  const links = await page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.some((href) => href?.includes("/explainers/waiting-in-danger/"))).toBe(true);
});

test("the recommendations explorer filters by addressee and topic and keeps the choice in the URL", async ({ page }) => {
  await page.goto("/recommendations/");
  const total = await page.locator("[data-addressee]").count();
  expect(total).toBeGreaterThan(10);
  await page.locator('input[name="addressee"][value="us-government"]').uncheck();
  await expect(page).toHaveURL(/addressee=/);
  expect(await page.locator('[data-addressee="us-government"]:visible').count()).toBe(0);
  await page.reload();
  expect(await page.locator('[data-addressee="us-government"]:visible').count()).toBe(0);
  await page.goto("/recommendations/?topic=<script>");
  expect(await page.locator("[data-addressee]:visible").count()).toBe(total);
});

test("an explainer shows its contents, key figures, charts and numbered references", async ({ page }) => {
  await page.goto("/explainers/from-corridor-to-destination/");
  await expect(page.locator(".toc li").first()).toBeVisible();
  await expect(page.locator(".key-figures li").first()).toBeVisible();
  await expect(page.locator(".explainer-body figure.chart").first()).toBeVisible();
  const first = page.locator("sup.cite a").first();
  const target = await first.getAttribute("href");
  await first.click();
  await expect(page.locator(target ?? "#ref-1")).toBeInViewport();
});
