/**
 * Shared chart styling. Colours are not set here: marks draw in `currentColor` and carry a
 * class (`mark-*`) that CSS colours per theme (src/styles/charts.css), so light and dark themes
 * need no second render.
 */
export const CHART_SIZE_PX = {
  compact: { width: 360, height: 300, fontSize: 13 },
  wide: { width: 720, height: 400, fontSize: 13 },
} as const;

export function baseStyle(fontSizePx: number): Record<string, string> {
  return {
    background: "transparent",
    color: "currentColor",
    fontFamily: "inherit",
    fontSize: `${fontSizePx}px`,
    overflow: "visible",
  };
}
