import { describe, expect, it } from "vitest";
import { FIGURE_IDS, getFigure } from "~/lib/figures";
import { loadSources } from "~/lib/data/sources";
import { loadCrimesAndImpunity } from "~/lib/data/datasets/dated-measures";

describe("key figures", () => {
  it("are computed from the datasets and cite registered sources, in both languages", () => {
    for (const id of FIGURE_IDS) {
      for (const lang of ["en", "es"] as const) {
        const figure = getFigure(id, lang);
        expect(figure.value.length).toBeGreaterThan(0);
        for (const source of figure.sourceIds) expect(loadSources().has(source), `${id}: ${source}`).toBe(true);
      }
    }
  });

  it("give the figures campaigners quote", () => {
    expect(getFigure("detention-over-capacity", "en").value).toBe("62%");
    expect(getFigure("crimes-and-sentences", "en").value).toBe(String(loadCrimesAndImpunity().rows.find((r) => r.measure === "sentences")?.value));
    expect(getFigure("asylum-requests-2015-2019", "en").label).toContain("3,424 to 70,120");
    expect(getFigure("asylum-requests-2015-2019", "en").context).toContain("3,424 → 70,302");
  });
});
