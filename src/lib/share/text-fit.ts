/**
 * Upper-bound estimates of how tall text is once a browser wraps it, for suggested iframe
 * heights. A static build cannot measure a layout, so these over-estimate on purpose: every
 * character is taken as wider than Source Sans 3's average (about 0.47 em), and wrapping is
 * simulated word by word, so a long word that does not fit costs a whole line, as it does in
 * the browser. tests/deploy/resizers.spec.ts checks the results against Chromium's layout.
 */

/** A text style of the embed pages (src/styles/tokens.css): font size, line height, glyph width. */
export interface TextStyle {
  fontPx: number;
  lineHeightPx: number;
  /** Width of one character in em, taken above the font's average (capitals, digits, bold). */
  emPerChar: number;
}

const REGULAR_EM = 0.56;
const BOLD_EM = 0.62;

export const TEXT = {
  /** Body text: --fs-md (17 px) at --lh-body (1.55). */
  body: { fontPx: 17, lineHeightPx: 17 * 1.55, emPerChar: REGULAR_EM },
  /** Notes, sources, legends: --fs-sm (15 px) at 1.55. */
  small: { fontPx: 15, lineHeightPx: 15 * 1.55, emPerChar: REGULAR_EM },
  smallBold: { fontPx: 15, lineHeightPx: 15 * 1.55, emPerChar: BOLD_EM },
  /** Tags and small buttons: --fs-xs (13 px). */
  tiny: { fontPx: 13, lineHeightPx: 13 * 1.6, emPerChar: BOLD_EM },
  /** An embed's title: --fs-lg (20 px) bold at --lh-tight (1.2). */
  title: { fontPx: 20, lineHeightPx: 20 * 1.2, emPerChar: BOLD_EM },
  /** A timeline event's heading: --fs-md bold at 1.2. */
  heading: { fontPx: 17, lineHeightPx: 17 * 1.2, emPerChar: BOLD_EM },
  /** A timeline year: --fs-xl at its largest (1.75 rem) at 1.2. */
  year: { fontPx: 28, lineHeightPx: 28 * 1.2, emPerChar: BOLD_EM },
} as const satisfies Record<string, TextStyle>;

/** Width (px) of a run of text set on one line. */
export function textWidth(text: string, style: TextStyle): number {
  return [...text].length * style.emPerChar * style.fontPx;
}

/** Lines a paragraph takes at `widthPx`: greedy word wrap; a word wider than a line breaks (overflow-wrap). */
export function lineCount(text: string, style: TextStyle, widthPx: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const space = 0.25 * style.fontPx;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const width = textWidth(word, style);
    if (width > widthPx) {
      // A word longer than the line starts a line of its own and spills onto the next ones.
      lines += (used > 0 ? 1 : 0) + Math.ceil(width / widthPx) - 1;
      used = width % widthPx;
    } else if (used > 0 && used + space + width > widthPx) {
      lines += 1;
      used = width;
    } else used += (used > 0 ? space : 0) + width;
  }
  return lines;
}

/** Height (px) of a paragraph. */
export function paragraphPx(text: string, style: TextStyle, widthPx: number): number {
  return lineCount(text, style, widthPx) * style.lineHeightPx;
}

/**
 * Rows a wrapping flex line of items takes (legends, tags, checkbox groups): items are placed
 * left to right with `gapPx` between them; an item wider than the line takes a row of its own.
 */
export function flowRows(itemWidthsPx: readonly number[], gapPx: number, widthPx: number): number {
  if (itemWidthsPx.length === 0) return 0;
  let rows = 1;
  let used = 0;
  for (const width of itemWidthsPx.map((w) => Math.min(w, widthPx))) {
    if (used > 0 && used + gapPx + width > widthPx) {
      rows += 1;
      used = width;
    } else used += (used > 0 ? gapPx : 0) + width;
  }
  return rows;
}
