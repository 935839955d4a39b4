import { textWidth, type TextStyle } from "~/lib/share/text-fit";

/**
 * Wrapping card text to a width in px without measuring it: a card is composed at build time and
 * in the browser from the same pure code, so widths are upper-bound estimates (src/lib/share/
 * text-fit.ts: every glyph taken wider than Source Sans 3's average). Over-estimating only wraps
 * a little early; it never lets two lines run into each other. tests/unit/card-layout.test.ts
 * checks the result against the real font's glyph boxes.
 */
export function cardStyle(fontPx: number, weight: number): TextStyle {
  return { fontPx, lineHeightPx: fontPx * 1.25, emPerChar: weight >= 600 ? 0.62 : 0.56 };
}

/** Shortens one line with "…" until it fits `widthPx`. */
export function fitLine(text: string, style: TextStyle, widthPx: number): string {
  if (textWidth(text, style) <= widthPx) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join("").trimEnd()}…`, style) > widthPx) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/** Greedy word wrap to `widthPx`, at most `maxLines` (the last one ends in "…" when text is left over). */
export function wrapToWidth(text: string, style: TextStyle, widthPx: number, maxLines: number): string[] {
  if (maxLines <= 0) return [];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > widthPx) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => fitLine(l, style, widthPx));
  if (lines.length > maxLines) kept[maxLines - 1] = fitLine(`${(kept[maxLines - 1] as string).replace(/…$/, "")}…`, style, widthPx);
  return kept;
}
