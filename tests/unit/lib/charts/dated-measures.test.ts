import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { getChart } from "~/lib/charts/registry";
import { CHART_SIZE_PX } from "~/lib/charts/theme";

/** The vertical extent of each row label as drawn: its centre ± half its lines (Plot's line height is 1 em). */
function labelBoxes(svg: string, fontSize: number): Array<{ top: number; bottom: number; text: string }> {
  const document = new JSDOM(svg).window.document;
  return [...document.querySelectorAll(".mark-row-label text")].map((text) => {
    const y = Number(/translate\([^,]+,\s*([-\d.]+)\)/.exec(text.getAttribute("transform") ?? "")?.[1] ?? text.getAttribute("y"));
    const lines = Math.max(1, text.querySelectorAll("tspan").length);
    return { top: y - (lines * fontSize) / 2, bottom: y + (lines * fontSize) / 2, text: text.textContent ?? "" };
  });
}

describe("dated-measures bar charts (Remain in Mexico, children detained, deportations to Mexico)", () => {
  for (const id of ["remain-in-mexico", "children-detained", "deportations-to-mexico"] as const) {
    for (const lang of ["en", "es"] as const) {
      it(`${id} (${lang}): no row label runs into the next, on a phone or wide`, () => {
        const chart = getChart(id, lang);
        for (const render of chart.renders) {
          const boxes = labelBoxes(render.svg, CHART_SIZE_PX[render.layout].fontSize);
          expect(boxes.length).toBeGreaterThan(1);
          for (let i = 1; i < boxes.length; i++) {
            const [above, below] = [boxes[i - 1]!, boxes[i]!];
            expect(below.top, `${render.layout}: "${above.text}" / "${below.text}"`).toBeGreaterThanOrEqual(above.bottom);
          }
        }
      });
    }
  }
});
