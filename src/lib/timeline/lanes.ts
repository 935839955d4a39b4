import type { EVENT_ACTORS, PolicyEvent } from "~/lib/data/datasets/policy-events";

/**
 * The drawn timeline's lanes: one per group of actors, top to bottom. Courts of both countries
 * share a lane (a dozen rulings between them), and caravans join the international lane: two
 * events would not fill a lane of their own, and like UN and NGO action they are neither
 * government acting.
 */
export const LANES = ["us-government", "mx-government", "courts", "international"] as const;
export type Lane = (typeof LANES)[number];

const LANE_OF: Record<(typeof EVENT_ACTORS)[number], Lane> = {
  "us-government": "us-government",
  "mx-government": "mx-government",
  "us-courts": "courts",
  "mx-courts": "courts",
  international: "international",
  caravans: "international",
};

export const laneOf = (actor: PolicyEvent["actor"]): Lane => LANE_OF[actor];

/**
 * Where on the time axis an event sits, as a UTC timestamp: its day, or the middle of its month
 * or year when only those are known (so "June 2019" is not drawn as if it were 1 June).
 */
export function eventTime(date: string): number {
  const [year = 0, month, day] = date.split("-").map(Number);
  if (month === undefined) return Date.UTC(year, 6, 1);
  if (day === undefined) return Date.UTC(year, month - 1, 15);
  return Date.UTC(year, month - 1, day);
}

/**
 * Rows inside one lane so that marks do not hide each other: each mark (by x in pixels, in
 * order) takes the first row whose last mark is at least `gap` pixels to its left. With more
 * crowding than `maxRows` allow, a mark goes to the row whose last mark is farthest away, so
 * overlap is as small as it can be. Returns the row of each mark, in input order.
 */
export function packRows(xs: readonly number[], gap: number, maxRows: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const lastX: number[] = [];
  const rows = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let row = lastX.findIndex((last) => x - last >= gap);
    if (row === -1) {
      if (lastX.length < maxRows) row = lastX.length;
      else row = lastX.reduce((best, last, r) => (last < (lastX[best] ?? Infinity) ? r : best), 0);
    }
    lastX[row] = x;
    rows[i] = row;
  }
  return rows;
}
