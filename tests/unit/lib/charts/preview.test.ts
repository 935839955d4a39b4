import { describe, expect, it } from "vitest";
import { previewSvg, simplifyPathData } from "~/lib/charts/preview";
import { defaultRender, getChart } from "~/lib/charts/registry";

describe("chart previews", () => {
  it("rounds path data to whole pixels and drops closed rings that collapse to a point", () => {
    expect(simplifyPathData("M356.4,36L349.4,39.5L337,32.4ZM284.1,47.7L284.1,47.7L284.1,47.7Z")).toBe("M356,36L349,40L337,32Z");
  });

  it("keeps open two-point paths (ticks, rules) and collapses repeated points", () => {
    expect(simplifyPathData("M0,0L-6,0")).toBe("M0,0L-6,0");
    expect(simplifyPathData("M1,1L5.2,5L5,5L5,5L9,9")).toBe("M1,1L5,5L9,9");
  });

  it("drops tooltips, accessible names and data keys, keeps marks and labels", () => {
    const svg = '<svg role="img" aria-label="A summary" viewBox="0 0 360 300"><g><rect x="51" width="32.123" y="246.14891262714391" height="23.8" data-key="HND"><title>Honduras: 13,669</title></rect></g><text transform="translate(40,182.7548197642252)">50.25K</text></svg>';
    const preview = previewSvg(svg);
    expect(preview).not.toMatch(/<title>|aria-label|role=|data-key/);
    expect(preview).toContain('<rect x="51" width="32.1" y="246.1" height="23.8">');
    expect(preview).toContain('transform="translate(40,182.7)"');
    expect(preview).toContain(">50.25K</text>");
  });

  it("is much lighter than the chart for the heaviest charts (maps), and keeps every mark", () => {
    const full = defaultRender(getChart("map-detention", "en"), "compact");
    const preview = previewSvg(full);
    expect(preview.length).toBeLessThan(full.length * 0.7);
    const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;
    for (const tag of ["circle", "text", "g"]) expect(count(preview, tag), tag).toBe(count(full, tag));
  }, 60_000); // renders the map charts (Plot + jsdom): seconds on a busy machine
});
