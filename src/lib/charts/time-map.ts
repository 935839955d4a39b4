/**
 * The geometry of a time range on a UTC x axis (`?time=2019..2025` on a monthly or dated
 * series): which stretch of the plot the years occupy as built, and the affine map that spreads
 * that stretch over the whole plot width. Pure, so the browser (src/scripts/chart-time.ts) and
 * the unit tests share it. Units: px in the SVG's coordinates, time in ms since 1970 (UTC).
 */

/** What the build records on the SVG (see tagUtcAxis in time-axis.ts). */
export interface UtcAxis {
  /** The x domain as drawn, ms. */
  start: number;
  end: number;
  /** The plot's left and right edges, px. */
  left: number;
  right: number;
}

export interface TimeWindow {
  /** The range's edges in the drawing as built, px. */
  from: number;
  to: number;
  /** Where a position of the drawing as built goes. */
  map: (x: number) => number;
  /**
   * The window stops before the domain's end (at 1 January after the last year): a position on
   * that edge (the next year's tick) is outside. At the domain's end it is the last datum, inside.
   */
  openEnd?: boolean;
}

/**
 * The window of the years from..to (1 January of `from` to 1 January after `to`, within the
 * domain drawn). Undefined when the years fall outside the domain.
 */
export function utcWindow(axis: UtcAxis, fromYear: number, toYear: number): TimeWindow | undefined {
  const { start, end, left, right } = axis;
  if (!(end > start) || !(right > left)) return undefined;
  const position = (ms: number) => left + ((ms - start) / (end - start)) * (right - left);
  const from = position(Math.max(start, Date.UTC(fromYear, 0, 1)));
  const next = Date.UTC(toYear + 1, 0, 1);
  const to = position(Math.min(end, next));
  if (!(to > from)) return undefined;
  const factor = (right - left) / (to - from);
  return { from, to, map: (x) => left + (x - from) * factor, openEnd: next < end };
}

/** Half a pixel of tolerance: Plot rounds positions, and a point on the edge belongs inside. */
const EDGE_PX = 0.5;

export const pointInside = (window: TimeWindow, x: number) => x >= window.from - EDGE_PX && (window.openEnd ? x < window.to - EDGE_PX : x <= window.to + EDGE_PX);

/** The part of the span a..b inside the window, mapped; undefined when none of it is. */
export function clipSpan(window: TimeWindow, a: number, b: number): [number, number] | undefined {
  const low = Math.max(Math.min(a, b), window.from);
  const high = Math.min(Math.max(a, b), window.to);
  // A span that only touches the window (Plot's rounding leaves it a fraction of a px inside) is outside.
  if (high < low || (a !== b && high - low < EDGE_PX)) return undefined;
  return [window.map(low), window.map(high)];
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A polyline path ("M x,y L x,y …", as Plot draws a linear line) cut to the window and mapped:
 * segments crossing an edge end on it (y interpolated), segments outside are dropped, and each
 * piece left starts with M. Returns "" when nothing is inside; any other command is not a
 * polyline and returns undefined (the caller leaves such a path alone).
 */
export function clipPolyline(window: TimeWindow, d: string): string | undefined {
  const commands = [...d.matchAll(/([ML])\s*(-?[\d.]+(?:e[+-]?\d+)?)[,\s]+(-?[\d.]+(?:e[+-]?\d+)?)/gi)];
  if (commands.length === 0 || d.replace(/([ML])\s*(-?[\d.]+(?:e[+-]?\d+)?)[,\s]+(-?[\d.]+(?:e[+-]?\d+)?)/gi, "").trim() !== "") return undefined;
  const out: string[] = [];
  let previous: [number, number] | undefined;
  let penDown = false;
  const emit = (x: number, y: number, move: boolean) => out.push(`${move ? "M" : "L"}${round(window.map(x))},${round(y)}`);
  for (const [, command, xs, ys] of commands) {
    const point: [number, number] = [Number(xs), Number(ys)];
    if ((command as string).toUpperCase() === "M" || !previous) {
      previous = point;
      penDown = pointInside(window, point[0]);
      if (penDown) emit(point[0], point[1], true);
      continue;
    }
    const [x0, y0] = previous;
    const [x1, y1] = point;
    const at = (x: number) => (x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0));
    const low = Math.max(Math.min(x0, x1), window.from);
    const high = Math.min(Math.max(x0, x1), window.to);
    if (high >= low) {
      // The visible stretch of this segment, in the segment's own direction.
      const [enter, leave] = x1 >= x0 ? [low, high] : [high, low];
      if (!penDown || enter !== x0) emit(enter, at(enter), true);
      emit(leave, at(leave), false);
      penDown = leave === x1;
    } else penDown = false;
    previous = point;
  }
  return out.join("");
}
