import { expect, test } from "@playwright/test";

/**
 * The body font is not preloaded (issue 14): text first paints in "Source Sans 3 Fallback", a local
 * Arial-compatible sans scaled to Source Sans 3's widths and given its vertical metrics
 * (src/styles/fonts.css), so the swap moves almost nothing. This measures, on a built page, that a
 * real paragraph takes the same width and line height in both (within 2.5%), at the weights the
 * site uses. If no local fallback resolves, the text falls to another font and the widths differ.
 */
for (const weight of [400, 700]) {
  test(`the fallback font lays text out like Source Sans 3 at weight ${weight}`, async ({ page }) => {
    await page.goto("/explainers/an-agency-stretched-thin/");
    const sizes = await page.evaluate(async (w) => {
      const sample = [...document.querySelectorAll(".explainer-body p")].map((p) => p.textContent ?? "").join(" ").slice(0, 3000);
      await document.fonts.load(`${w} 20px "Source Sans 3 Variable"`, sample);
      const measure = (family: string) => {
        const span = document.createElement("span");
        span.textContent = sample;
        span.style.cssText = `font-family: "${family}", monospace; font-weight: ${w}; font-size: 20px; line-height: normal; white-space: nowrap; position: absolute; left: 0; top: 0`;
        document.body.append(span);
        const box = span.getBoundingClientRect();
        span.remove();
        return { width: box.width, height: box.height };
      };
      return { web: measure("Source Sans 3 Variable"), fallback: measure("Source Sans 3 Fallback"), loaded: document.fonts.check(`${w} 20px "Source Sans 3 Variable"`) };
    }, weight);
    expect(sizes.loaded).toBe(true);
    expect(sizes.web.width).toBeGreaterThan(1000);
    expect(Math.abs(sizes.fallback.width / sizes.web.width - 1)).toBeLessThan(0.025);
    expect(Math.abs(sizes.fallback.height / sizes.web.height - 1)).toBeLessThan(0.025);
  });
}

test("no page holds its first paint for the body font: it is not preloaded", async ({ page }) => {
  for (const path of ["/", "/embed/asylum-requests-by-year/", "/es/timeline/"]) {
    await page.goto(path);
    expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
  }
});
