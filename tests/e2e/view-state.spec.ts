import { expect, test } from "@playwright/test";
import { CHART_IDS } from "../../src/lib/charts/types";

const PAGE = "/charts/asylum-requests-by-year/";

test("turning policy events off updates the URL, and a reload restores the view", async ({ page }) => {
  await page.goto(PAGE);
  const figure = page.locator("figure.chart");
  await expect(figure).toHaveAttribute("data-events", "on");
  await expect(page.locator(".chart-events")).toBeVisible();
  await page.getByLabel("Show policy events").uncheck();
  await expect(page).toHaveURL(/\?events=off$/);
  await expect(page.locator(".chart-events")).toBeHidden();
  await page.reload();
  await expect(figure).toHaveAttribute("data-events", "off");
  await expect(page.getByLabel("Show policy events")).not.toBeChecked();
  await expect(page.locator(".chart-svg--wide .mark-event-label")).toBeHidden();
  await page.getByLabel("Show policy events").check();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});

test("hostile or unknown parameters fall back to the default view, are dropped from the URL and never become markup", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const hostile = encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>');
  await page.goto(`${PAGE}?events=${hostile}&__proto__=1&foo=${"x".repeat(5000)}`);
  await expect(page.locator("figure.chart")).toHaveAttribute("data-events", "on");
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(await page.content()).not.toContain("onerror=alert");
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test("the embed reads the same view state from its URL", async ({ page }) => {
  await page.goto("/embed/asylum-requests-by-year/?events=off");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-events", "off");
});

test("keyboard users reach every bar and its tooltip; the tooltip text is the mark's accessible name", async ({ page }) => {
  await page.goto(PAGE);
  const marks = page.locator(".chart-svg--wide [tabindex='0']");
  await expect(marks).toHaveCount(13);
  // The last control before the chart: the time range's last preset link.
  await page.locator(".chart-range-presets a").last().focus();
  await page.keyboard.press("Tab");
  const first = marks.first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute("aria-label", "2013: 1,296 people applied");
  const tooltip = page.locator(".chart-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText("2013: 1,296 people applied");
  for (let i = 1; i < 13; i++) await page.keyboard.press("Tab");
  await expect(marks.last()).toBeFocused();
  await expect(tooltip).toContainText("partial year");
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();
});

test("hovering a bar shows its tooltip", async ({ page }) => {
  await page.goto(PAGE);
  const bar = page.locator(".chart-svg--wide .mark-primary [tabindex='0']").nth(10);
  await bar.hover();
  await expect(page.locator(".chart-tooltip")).toHaveText("2023: 140,831 people applied");
});

test("highlighting a nationality and switching to shares round-trip through the URL", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-nationality/");
  const figure = page.locator("figure.chart");
  await page.getByLabel("Highlight").selectOption("HTI");
  await expect(page).toHaveURL(/\?highlight=HTI$/);
  const wide = page.locator(".chart-svg--wide:not([hidden])");
  await expect(wide.locator('[data-key="HTI"]').first()).toHaveClass(/is-highlighted/);
  await expect(wide.locator('[data-key="HND"]').first()).toHaveClass(/is-dimmed/);
  await page.getByLabel("Share of each year").check();
  await expect(page).toHaveURL(/\?highlight=HTI&as=share$/);
  await expect(page.locator('.chart-svg--wide[data-variant="share"]')).toBeVisible();
  await expect(page.locator('.chart-svg--wide[data-variant="count"]')).toBeHidden();
  await page.reload();
  await expect(figure).toHaveAttribute("data-highlight", "HTI");
  await expect(figure).toHaveAttribute("data-as", "share");
  await expect(page.getByLabel("Highlight")).toHaveValue("HTI");
  await expect(page.locator('.chart-svg--wide[data-variant="share"]')).toBeVisible();
});

test("an unknown nationality code falls back to no highlight and is dropped", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-nationality/?highlight=ZZZ&as=share");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-highlight", "none");
  await expect(page).toHaveURL(/\?as=share$/);
  expect(await page.locator(".is-dimmed").count()).toBe(0);
});

test("without JavaScript a chart with views shows its default view only", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/charts/asylum-requests-by-nationality/?as=share");
  await expect(page.locator('.chart-svg--wide[data-variant="count"]')).toBeVisible();
  await expect(page.locator('.chart-svg--wide[data-variant="share"]')).toBeHidden();
  await expect(page.locator(".chart-controls")).toBeHidden();
  await context.close();
});

for (const id of CHART_IDS) {
  test(`${id}: every value mark is reachable by keyboard with a named tooltip`, async ({ page }) => {
    await page.goto(`/charts/${id}/`);
    const marks = page.locator(".chart-svg--wide:not([hidden]) [tabindex='0']");
    expect(await marks.count()).toBeGreaterThan(0);
    const first = marks.first();
    await first.focus();
    await expect(page.locator(".chart-tooltip")).toBeVisible();
    const name = await first.getAttribute("aria-label");
    expect(name?.length ?? 0).toBeGreaterThan(3);
    await expect(page.locator(".chart-tooltip")).toHaveText(name ?? "");
  });
}

test("hostile ?state= values on the maps fall back to no state, never become markup and leave the share links and embed code", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const hostile = ['"><img src=x onerror=alert(1)>', "<script>alert(2)</script>", "st-chiapas", "CHIAPAS", "chiapas,tabasco", "narnia", "chiapas".repeat(100)];
  for (const path of ["/charts/map-requests-by-state/", "/es/map/"]) {
    for (const value of hostile) {
      await page.goto(`${path}?state=${encodeURIComponent(value)}`);
      await expect(page.locator("figure.chart")).toHaveAttribute("data-state", "none");
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      const panel = page.locator("[data-share-root]");
      for (const link of await panel.locator("a[data-network]").all()) expect(await link.getAttribute("href")).not.toMatch(/state%3D|state=|onerror|script/i);
      await expect(panel.locator("[data-embed-code]")).not.toContainText("state=");
      expect(await page.locator("img[src=x]").count()).toBe(0);
    }
  }
  expect(await page.content()).not.toContain("onerror=alert");
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});
