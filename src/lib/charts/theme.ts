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

/**
 * Categorical colours (Okabe–Ito, safe for the common colour-vision deficiencies) that read on
 * both the light and the dark background. Colour is never the only cue: series are also named
 * in the legend, the tooltips and the table.
 */
export const CATEGORY_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#B8A21E", "#7F7F7F"] as const;

/** Colour for "all others" remainders: neutral, distinct from every category colour. */
export const REMAINDER_COLOR = "#B9B4AA";

/**
 * Breaks a label into lines of at most `maxChars` characters at spaces (Plot draws "\n" as a
 * new line in axis labels), so long names fit the narrow left margin of compact charts.
 */
export function wrapLabel(text: string, maxChars: number): string {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line && line.length + 1 + word.length > maxChars) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.join("\n");
}
