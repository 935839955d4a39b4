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
  // Its link to the whole timeline opens the same view there.
  await expect(page.locator('a[href="/timeline/?category=enforcement"][target="_top"]')).toBeVisible();
});

test.describe("the drawn timeline and its period", () => {
  const years = async (page: import("@playwright/test").Page) => (await page.locator(".timeline-event:visible").evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset["year"]))));

  test("?from=2019&to=2021 filters the list, survives a reload and shades the drawing", async ({ page }) => {
    await page.goto("/timeline/?from=2019&to=2021");
    const shown = await years(page);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.every((year) => year >= 2019 && year <= 2021)).toBe(true);
    await expect(page.locator('.timeline-filters select[name="from"]')).toHaveValue("2019");
    await expect(page.locator('.timeline-filters select[name="to"]')).toHaveValue("2021");
    await expect(page.locator(".timeline-drawing .chart-svg--wide rect.timeline-range")).toBeVisible();
    // Marks outside the period are dimmed, inside it are not.
    await expect(page.locator('.chart-svg--wide a.timeline-link[data-year="2019"]').first()).not.toHaveClass(/is-out/);
    await expect(page.locator('.chart-svg--wide a.timeline-link[data-year="2025"]').first()).toHaveClass(/is-out/);
    await page.reload();
    expect(await years(page)).toEqual(shown);
    await expect(page).toHaveURL(/\?from=2019&to=2021$/);
  });

  test("the period works with the actor and category filters", async ({ page }) => {
    await page.goto("/timeline/?actor=mx&from=2025");
    const items = page.locator(".timeline-event:visible");
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) {
      await expect(item).toHaveAttribute("data-actor", "mx");
      expect(Number(await item.getAttribute("data-year"))).toBeGreaterThanOrEqual(2025);
    }
    await page.locator('.timeline-filters select[name="to"]').selectOption("2025");
    await expect(page).toHaveURL(/\?actor=mx&from=2025&to=2025$/);
    expect((await years(page)).every((year) => year === 2025)).toBe(true);
  });

  test("choosing a start after the end carries the end along", async ({ page }) => {
    await page.goto("/timeline/?to=2019");
    await page.locator('.timeline-filters select[name="from"]').selectOption("2021");
    await expect(page.locator('.timeline-filters select[name="to"]')).toHaveValue("2021");
    await expect(page).toHaveURL(/\?from=2021&to=2021$/);
  });

  for (const search of ["?from=<script>alert(1)</script>", "?from=2021&to=2019", "?from=1999&to=2050", "?to=2019.5"]) {
    test(`hostile ${search} falls back to every year and leaves the URL`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`/timeline/${search}`);
      expect(await page.locator(".timeline-event:visible").count()).toBe(await page.locator(".timeline-event").count());
      await expect(page).toHaveURL(/\/timeline\/$/);
      expect(await page.content()).not.toContain("<script>alert");
      expect(dialogs).toEqual([]);
    });
  }

  test("dragging across the drawing chooses a period; a click, one year", async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto("/timeline/");
    const svg = page.locator(".chart-svg--wide svg");
    const box = await svg.boundingBox();
    if (!box) throw new Error("no drawing");
    const geometry = await svg.evaluate((el) => ({ x0: Number(el.dataset["x0"]), x1: Number(el.dataset["x1"]), first: Number(el.dataset["first"]), last: Number(el.dataset["last"]), width: (el as SVGSVGElement).viewBox.baseVal.width }));
    const scale = box.width / geometry.width;
    const yearMiddle = (year: number) => box.x + (geometry.x0 + ((year - geometry.first + 0.5) / (geometry.last - geometry.first + 1)) * (geometry.x1 - geometry.x0)) * scale;
    // Drag along the bars (no marks there) from 2019 to 2021.
    const y = box.y + box.height - 40;
    await page.mouse.move(yearMiddle(2019), y);
    await page.mouse.down();
    await page.mouse.move(yearMiddle(2020), y, { steps: 3 });
    await page.mouse.move(yearMiddle(2021), y, { steps: 3 });
    await page.mouse.up();
    await expect(page).toHaveURL(/\?from=2019&to=2021$/);
    expect((await years(page)).every((year) => year >= 2019 && year <= 2021)).toBe(true);
    await page.mouse.click(yearMiddle(2023), y);
    await expect(page).toHaveURL(/\?from=2023&to=2023$/);
    await page.locator(".timeline-presets a", { hasText: /^All years$/ }).click();
    await expect(page).toHaveURL(/\/timeline\/$/);
    expect(await page.locator(".timeline-event:visible").count()).toBe(await page.locator(".timeline-event").count());
  });

  test("each mark is a keyboard-reachable link named by its event, and opens its entry", async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto("/timeline/?from=2025");
    const mark = page.locator('.chart-svg--wide a.timeline-link[href="#2019-06-07-joint-declaration"]');
    await expect(mark).toHaveAccessibleName("U.S.–Mexico joint declaration on migration, June 7, 2019");
    // Tab order: the skip link, then the marks in date order.
    await page.locator(".timeline-skip a").focus();
    await page.keyboard.press("Tab");
    await expect(page.locator(".chart-svg--wide a.timeline-link").first()).toBeFocused();
    await mark.focus();
    await expect(mark).toBeFocused();
    await page.keyboard.press("Enter");
    // The entry was outside the period: the filters give way so it can be shown.
    const entry = page.locator('[id="2019-06-07-joint-declaration"]');
    await expect(entry).toBeVisible();
    await expect(entry).toBeFocused();
  });

  test("a period link applies in place", async ({ page }) => {
    await page.goto("/timeline/");
    await page.locator(".timeline-presets a", { hasText: "2017–2020" }).click();
    await expect(page).toHaveURL(/\?from=2017&to=2020$/);
    expect((await years(page)).every((year) => year >= 2017 && year <= 2020)).toBe(true);
    await expect(page.locator(".timeline-presets a", { hasText: "2017–2020" })).toHaveAttribute("aria-current", "true");
  });

  test("at 360 px the compact drawing shows, stacked lanes, nothing wider than the screen", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/timeline/?from=2019&to=2021");
    await expect(page.locator(".timeline-drawing .chart-svg--compact svg")).toBeVisible();
    await expect(page.locator(".timeline-drawing .chart-svg--wide svg")).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect((await years(page)).every((year) => year >= 2019 && year <= 2021)).toBe(true);
    await context.close();
  });

  test("without JavaScript the drawing and the full list show, whatever the period asked", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/timeline/?from=2019&to=2021");
    await expect(page.locator(".timeline-drawing svg").first()).toBeAttached();
    await expect(page.locator(".timeline-drawing .chart-svg--wide svg, .timeline-drawing .chart-svg--compact svg").locator("visible=true")).toHaveCount(1);
    // Static site: the period filters the list only with JavaScript; without it, every event shows.
    expect(await page.locator(".timeline-event:visible").count()).toBe(await page.locator(".timeline-event").count());
    expect(await page.locator(".timeline-drawing a.timeline-link:visible").count()).toBe(await page.locator(".timeline-event").count());
    // A year link still takes the reader to that year.
    await page.locator(".timeline-years a", { hasText: "2021" }).click();
    await expect(page.locator("#year-2021")).toBeInViewport();
    await context.close();
  });

  test("the embed honours the period and stays bounded", async ({ page }) => {
    await page.goto("/embed/timeline/?from=2019&to=2021");
    const shown = await years(page);
    expect(shown.length).toBe(6);
    expect(shown.every((year) => year >= 2019 && year <= 2021)).toBe(true);
    await expect(page.locator(".timeline-count")).toContainText("The latest 6 of");
    await expect(page.locator('.embed-credit a[target="_top"]')).toHaveAttribute("href", "/timeline/?from=2019&to=2021");
    await page.goto("/embed/timeline/?from=2026");
    expect((await years(page)).every((year) => year === 2026)).toBe(true);
  });
});
