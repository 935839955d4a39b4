/**
 * Axis arithmetic shared by the build (the explorer's default view) and the browser (the
 * explorer rescaling y to the series a reader picks), so both draw the same ticks. No DOM.
 */

/** Tick step for [0, max] in about `count` steps: 1, 2 or 5 × 10^k (d3-array's tickIncrement rule). */
export function tickStep(max: number, count: number): number {
  const raw = max / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * 10 ** power;
}

/**
 * A y axis from 0 for values up to `max` in about `count` steps: the top is the maximum rounded
 * up to the next step, and the ticks are every step up to it, so the top gridline is labelled.
 */
export function axisScale(max: number, count: number): { top: number; ticks: number[] } {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, ticks: [0, 1] };
  const step = tickStep(max, count);
  // Rounded so 3 × 0.1 is 0.3, not 0.30000000000000004.
  const steps = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { top: ticks[ticks.length - 1] as number, ticks };
}

/**
 * Vertical positions for labels at the end of lines (px, y down), moved apart so no two are
 * closer than `gap`, keeping their order and staying within [min, max]. Returns positions in
 * the input's order.
 */
export function dodge(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  const placed = order.map((item) => item.y);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i] as number, (placed[i - 1] as number) + gap);
  // Pushed past the bottom: shift the run back up, then keep the top within bounds.
  const overflow = (placed[placed.length - 1] ?? max) - max;
  if (overflow > 0) for (let i = placed.length - 1; i >= 0; i--) placed[i] = Math.min(placed[i] as number, max - (placed.length - 1 - i) * gap);
  for (let i = 0; i < placed.length; i++) placed[i] = Math.max(placed[i] as number, min + i * gap);
  const out: number[] = new Array<number>(positions.length);
  order.forEach((item, k) => (out[item.index] = placed[k] as number));
  return out;
}
