import { expect, test } from "@playwright/test";

/** A host page on another "site" (about:blank) that frames the embed at a given width. */
for (const width of [320, 900]) {
  test(`the embed fits a ${width} px iframe without horizontal scrolling`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: width + 40, height: 900 });
    await page.setContent(`<!doctype html><body style="margin:0"><iframe id="e" src="${baseURL}/embed/asylum-requests-by-year/" title="Chart" style="width:${width}px;border:0" height="700"></iframe></body>`);
    const frame = page.frameLocator("#e");
    await expect(frame.locator("figure.chart")).toBeVisible();
    const handle = await page.locator("#e").elementHandle();
    const content = await handle?.contentFrame();
    const overflow = await content?.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const visible = width < 544 ? ".chart-svg--compact svg" : ".chart-svg--wide svg";
    await expect(frame.locator(visible)).toBeVisible();
    const svgWidth = await frame.locator(visible).evaluate((el) => el.getBoundingClientRect().width);
    expect(svgWidth).toBeLessThanOrEqual(width);
  });
}
