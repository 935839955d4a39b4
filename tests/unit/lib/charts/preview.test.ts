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

  it("leaves out the series an explorer hides (outside its default set), keeps the ones it shows", () => {
    for (const id of ["asylum-requests-by-nationality-lines", "asylum-requests-by-office-lines"] as const) {
      const full = defaultRender(getChart(id, "en"), "compact");
      const preview = previewSvg(full);
      const lines = (svg: string) => (svg.match(/<g\b[^>]*class="[^"]*\bseries-line\b/g) ?? []).length;
      expect(full, id).toMatch(/series-off/);
      expect(preview, id).not.toMatch(/series-off/);
      expect(lines(preview), id).toBe(5);
      expect(lines(full), id).toBeGreaterThan(lines(preview));
      expect(preview, id).toContain("scale-top");
    }
  }, 60_000);

  it("is much lighter than the chart for the heaviest charts (maps), and keeps the phone set of points", () => {
    const full = defaultRender(getChart("map-detention", "en"), "compact");
    const preview = previewSvg(full);
    expect(preview.length).toBeLessThan(full.length * 0.6);
    const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;
    // The map carries each point twice (wide and phone sizes) and state labels; a preview keeps the phone set only.
    expect(count(full, "circle")).toBeGreaterThan(0);
    expect(count(preview, "circle")).toBe(count(full, "circle") / 2);
    expect(preview).toContain("map-points--compact");
    expect(preview).not.toMatch(/map-points--wide|map-state-labels/);
    expect(count(preview, "path")).toBeGreaterThan(32);
    // Drawn at 720 px, a map's preview is rounded to 2 px: every coordinate even.
    const coordinates = [...preview.matchAll(/\sd="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").match(/-?\d+/g) ?? []).map(Number);
    expect(coordinates.every((n) => n % 2 === 0)).toBe(true);
  }, 60_000); // renders the map charts (Plot + jsdom): seconds on a busy machine
});
