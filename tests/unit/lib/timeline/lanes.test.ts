import { describe, expect, it } from "vitest";
import { EVENT_ACTORS } from "~/lib/data/datasets/policy-events";
import { eventTime, LANES, laneOf, packRows } from "~/lib/timeline/lanes";

describe("timeline lanes", () => {
  it("puts every actor in one of the four lanes, both countries' courts together, caravans with international", () => {
    expect(LANES).toEqual(["us-government", "mx-government", "courts", "international"]);
    for (const actor of EVENT_ACTORS) expect(LANES).toContain(laneOf(actor));
    expect(laneOf("us-courts")).toBe("courts");
    expect(laneOf("mx-courts")).toBe("courts");
    expect(laneOf("caravans")).toBe("international");
    expect(laneOf("us-government")).not.toBe(laneOf("mx-government"));
  });

  it("places a date known only to the month or year at its middle", () => {
    expect(eventTime("2019-06-07")).toBe(Date.UTC(2019, 5, 7));
    expect(eventTime("2019-06")).toBe(Date.UTC(2019, 5, 15));
    expect(eventTime("2016")).toBe(Date.UTC(2016, 6, 1));
  });
});

describe("packRows", () => {
  it("keeps marks in one row while they are far enough apart", () => {
    expect(packRows([0, 10, 20, 30], 8, 4)).toEqual([0, 0, 0, 0]);
  });

  it("stacks crowded marks so that no two in a row are closer than the gap", () => {
    const xs = [5, 0, 3, 20, 4, 21, 40];
    const rows = packRows(xs, 8, 10);
    for (let i = 0; i < xs.length; i += 1) {
      for (let j = i + 1; j < xs.length; j += 1) if (rows[i] === rows[j]) expect(Math.abs((xs[i] as number) - (xs[j] as number))).toBeGreaterThanOrEqual(8);
    }
    expect(Math.max(...rows)).toBe(3); // 0, 3, 4, 5 all collide
  });

  it("never uses more rows than allowed, overlapping where it must", () => {
    const rows = packRows([0, 1, 2, 3, 4, 5], 8, 3);
    expect(Math.max(...rows)).toBe(2);
    expect(rows).toHaveLength(6);
  });
});
