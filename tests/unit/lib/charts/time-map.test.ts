import { describe, expect, it } from "vitest";
import { clipPolyline, clipSpan, pointInside, utcWindow } from "~/lib/charts/time-map";

// Four years drawn over 400 px from x = 100: each year is 100 px (leap days make it off by < 0.3 px).
const axis = { start: Date.UTC(2013, 0, 1), end: Date.UTC(2017, 0, 1), left: 100, right: 500 };

describe("the window of a year range on a UTC axis", () => {
  it("spreads the years chosen over the plot width", () => {
    const window = utcWindow(axis, 2015, 2016);
    expect(window?.from).toBeCloseTo(300, 0);
    expect(window?.to).toBe(500);
    expect(window?.map(window.from)).toBe(100);
    expect(window?.map(400)).toBeCloseTo(300, 0);
  });
  it("stops at the domain drawn and refuses years outside it", () => {
    expect(utcWindow(axis, 2010, 2013)?.from).toBe(100);
    expect(utcWindow(axis, 2020, 2021)).toBeUndefined();
    expect(utcWindow({ ...axis, end: axis.start }, 2013, 2014)).toBeUndefined();
  });
  it("cuts spans at the edges and drops those outside", () => {
    const window = utcWindow(axis, 2015, 2016)!;
    expect(clipSpan(window, 100, 200)).toBeUndefined();
    const cut = clipSpan(window, 250, 350)!;
    expect(cut[0]).toBe(100);
    expect(cut[1]).toBeCloseTo(200, 0);
  });
  it("cuts a polyline at the edges, interpolating y, and keeps its gaps", () => {
    const window = { from: 200, to: 300, map: (x: number) => x };
    expect(clipPolyline(window, "M100,10L300,30")).toBe("M200,20L300,30");
    expect(clipPolyline(window, "M150,0L250,10L350,20")).toBe("M200,5L250,10L300,15");
    expect(clipPolyline(window, "M210,1L220,2M230,3L240,4")).toBe("M210,1L220,2M230,3L240,4");
    expect(clipPolyline(window, "M0,0L100,10")).toBe("");
    expect(clipPolyline(window, "M0,0C1,1,2,2,3,3")).toBeUndefined();
  });
});

describe("the window's right edge", () => {
  it("leaves out the next year's tick, but keeps a datum at the end of the domain", () => {
    const inner = utcWindow(axis, 2014, 2015)!;
    expect(inner.openEnd).toBe(true);
    expect(pointInside(inner, inner.to)).toBe(false);
    expect(pointInside(inner, inner.to - 5)).toBe(true);
    const last = utcWindow(axis, 2015, 2016)!;
    expect(last.openEnd).toBe(false);
    expect(pointInside(last, 500)).toBe(true);
  });
});
