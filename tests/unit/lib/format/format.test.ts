import { describe, expect, it } from "vitest";
import { formatCompact, formatCount, formatIsoDate, formatMonthRangeShort, formatMonthSpan, formatMultiple, formatPercent, formatPesos } from "~/lib/format";

describe("number formats", () => {
  it("groups thousands for en and es-MX", () => {
    expect(formatCount("en", 140982)).toBe("140,982");
    expect(formatCount("es", 140982)).toBe("140,982");
  });
  it("shortens axis ticks per locale", () => {
    expect(formatCompact("en", 140982)).toBe("141K");
    expect(formatCompact("es", 140000)).toMatch(/^140\s?k$/);
  });
  it("formats percentages and multiples", () => {
    expect(formatPercent("en", 0.613)).toBe("61%");
    expect(formatPercent("es", 0.613)).toMatch(/^61\s?%$/);
    expect(formatMultiple("en", 108.86)).toBe("109×");
    expect(formatMultiple("en", 2.26)).toBe("2.3×");
  });
  it("formats nominal pesos", () => {
    expect(formatPesos("en", 20843364)).toBe("MX$20,843,364");
    expect(formatPesos("es", 20843364)).toBe("$20,843,364");
  });
});

describe("date formats", () => {
  it("keeps the precision the source gives", () => {
    expect(formatIsoDate("en", "2020")).toBe("2020");
    expect(formatIsoDate("en", "2018-06")).toBe("June 2018");
    expect(formatIsoDate("en", "2021-03-05")).toBe("March 5, 2021");
    expect(formatIsoDate("es", "2021-03-05")).toBe("5 de marzo de 2021");
    expect(formatIsoDate("es", "2018-06")).toBe("junio de 2018");
  });
  it("does not shift calendar dates by time zone", () => {
    expect(formatIsoDate("en", "2024-01-01")).toBe("January 1, 2024");
  });
  it("rejects a non-date", () => {
    expect(() => formatIsoDate("en", "soon")).toThrow();
  });
  it("names month spans in each language", () => {
    expect(formatMonthSpan("en", 2025, 1, 9)).toBe("January–September 2025");
    expect(formatMonthSpan("es", 2025, 1, 9)).toBe("enero a septiembre de 2025");
    expect(formatMonthRangeShort("en", 1, 9)).toBe("Jan–Sep");
    expect(formatMonthRangeShort("es", 1, 9)).toBe("ene–sep");
  });
});
