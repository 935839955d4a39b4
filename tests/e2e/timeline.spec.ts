import { expect, test } from "@playwright/test";

test("filters update the URL and the list, and a reload restores them", async ({ page }) => {
  await page.goto("/timeline/");
  const total = await page.locator(".timeline-event").count();
  await expect(page.locator(".timeline-filters")).toBeVisible();
  await page.locator('.timeline-filters input[name="actor"][value="mx"]').uncheck();
  await expect(page).toHaveURL(/\?actor=us%2Cus-courts%2Cmx-courts%2Cintl%2Ccaravans$/);
  const visible = await page.locator(".timeline-event:visible").count();
  expect(visible).toBeLessThan(total);
  expect(await page.locator('.timeline-event[data-actor="mx"]:visible').count()).toBe(0);
  await page.reload();
  expect(await page.locator(".timeline-event:visible").count()).toBe(visible);
  await expect(page.locator('.timeline-filters input[name="actor"][value="mx"]')).not.toBeChecked();
});

test("the brief's example filter link opens that view", async ({ page }) => {
  await page.goto("/timeline/?actor=us,mx&category=enforcement");
  const shown = page.locator(".timeline-event:visible");
  expect(await shown.count()).toBeGreaterThan(0);
  for (const item of await shown.all()) {
    await expect(item).toHaveAttribute("data-category", "enforcement");
    expect(["us", "mx"]).toContain(await item.getAttribute("data-actor"));
  }
  await expect(page.locator(".timeline-count")).toContainText("Showing");
});

test("a permalink scrolls to and focuses its event, even when filters hide it", async ({ page }) => {
  await page.goto("/timeline/?category=funding#2019-06-07-joint-declaration");
  const event = page.locator('[id="2019-06-07-joint-declaration"]');
  await expect(event).toBeVisible();
  await expect(event).toBeFocused();
  await expect(event).toBeInViewport();
});

test("hostile filter values fall back to showing everything", async ({ page }) => {
  await page.goto("/timeline/?actor=<img src=x>&category=__proto__");
  expect(await page.locator(".timeline-event:visible").count()).toBe(await page.locator(".timeline-event").count());
  await expect(page).toHaveURL(/\/timeline\/$/);
});

test("the copy-link button copies the event's permalink", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/timeline/");
  const button = page.locator('[id="2019-06-07-joint-declaration"] .timeline-share');
  await button.click();
  await expect(button).toContainText("✓");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/timeline\/#2019-06-07-joint-declaration$/);
});

test("without JavaScript every event is listed and permalinks work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/timeline/?actor=mx#2019-06-07-joint-declaration");
  expect(await page.locator(".timeline-event:visible").count()).toBe(await page.locator(".timeline-event").count());
  await expect(page.locator('[id="2019-06-07-joint-declaration"]')).toBeInViewport();
  await expect(page.locator(".timeline-filters")).toBeHidden();
  await context.close();
});

test("the timeline embed reads its filters from the URL", async ({ page }) => {
  await page.goto("/embed/timeline/?category=enforcement");
  for (const item of await page.locator(".timeline-event:visible").all()) await expect(item).toHaveAttribute("data-category", "enforcement");
  await expect(page.locator('a[href="/timeline/"][target="_top"]')).toBeVisible();
});
