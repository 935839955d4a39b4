import { describe, expect, it } from "vitest";
import { flowRows, lineCount, textWidth, TEXT, type TextStyle } from "~/lib/share/text-fit";

// 10 px per character and a 2.5 px space make the arithmetic below easy to follow.
const style: TextStyle = { fontPx: 10, lineHeightPx: 15, emPerChar: 1 };

describe("lineCount", () => {
  it("fills a line word by word and wraps the word that does not fit", () => {
    expect(lineCount("aaaa bbbb", style, 100)).toBe(1); // 40 + 2.5 + 40
    expect(lineCount("aaaa bbbb cccc", style, 100)).toBe(2); // the third word would end at 127.5
    expect(lineCount("", style, 100)).toBe(0);
  });

  it("breaks a word longer than the line over as many lines as it needs", () => {
    expect(lineCount("a".repeat(25), style, 100)).toBe(3);
    expect(lineCount(`aa ${"b".repeat(25)}`, style, 100)).toBe(4);
  });

  it("takes characters as wider than the font's average, so estimates err on the tall side", () => {
    expect(TEXT.body.emPerChar).toBeGreaterThan(0.47);
    expect(textWidth("ñandú", TEXT.body)).toBeCloseTo(5 * TEXT.body.emPerChar * 17);
  });
});

describe("flowRows", () => {
  it("wraps items onto new rows and gives an over-wide item a row of its own", () => {
    expect(flowRows([40, 40], 10, 100)).toBe(1);
    expect(flowRows([40, 40, 40], 10, 100)).toBe(2);
    expect(flowRows([40, 500, 40], 10, 100)).toBe(3);
    expect(flowRows([], 10, 100)).toBe(0);
  });
});
