/**
 * Layout constants of the series explorer that the build and the browser script share (kept
 * apart from the spec so the browser never imports Plot).
 */

/** Tick counts per layout, for axis-ticks.ts. */
export const SERIES_TICKS = { compact: 4, wide: 6 } as const;

/** Least vertical distance between two end labels, px. */
export const LABEL_GAP_PX = 15;

/** The variant value that draws shares of a whole (ticks as percentages); any other is a count. */
export const SHARE_VARIANT = "share";
