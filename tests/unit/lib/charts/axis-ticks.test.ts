import { describe, expect, it } from "vitest";
import { axisScale, dodge, tickStep } from "~/lib/charts/axis-ticks";

const axisTop = (max: number, count: number) => axisScale(max, count).top;

describe("axis ticks", () => {
  it("steps by 1, 2 or 5 × 10^k and tops the axis at the next step", () => {
    expect(tickStep(51_827, 6)).toBe(10_000);
    expect(axisTop(51_827, 6)).toBe(60_000);
    expect(axisTop(5_419, 4)).toBe(6_000);
    expect(axisTop(0.46, 6)).toBeCloseTo(0.5);
    expect(axisTop(0.3, 6)).toBe(0.3);
  });

  it("ends on the top and starts at zero", () => {
    for (const max of [7, 99, 1_348, 41_935, 51_827, 0.07, 0.46]) {
      for (const count of [4, 6]) {
        const { top, ticks } = axisScale(max, count);
        expect(top).toBeGreaterThanOrEqual(max);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBe(top);
        // Evenly spaced: the top gridline is one of the ticks.
        for (let i = 1; i < ticks.length; i++) expect((ticks[i] as number) - (ticks[i - 1] as number)).toBeCloseTo((ticks[1] as number) - (ticks[0] as number));
        expect(ticks.length).toBeLessThanOrEqual(2 * count + 1);
      }
    }
  });

  it("gives a harmless axis for no data", () => {
    expect(axisTop(0, 4)).toBe(1);
    expect(axisTop(Number.NaN, 4)).toBe(1);
  });
});

describe("dodge", () => {
  it("moves close labels apart, in order, and leaves distant ones alone", () => {
    const out = dodge([339, 100, 340, 308], 14, 0, 370);
    expect(out[1]).toBe(100);
    const near = [out[3], out[0], out[2]] as number[];
    for (let i = 1; i < near.length; i++) expect((near[i] as number) - (near[i - 1] as number)).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  it("stays within bounds when labels pile up at the bottom", () => {
    const out = dodge([369, 369, 369], 14, 0, 370);
    expect(Math.max(...out)).toBeLessThanOrEqual(370);
    expect(new Set(out).size).toBe(3);
  });
});
