import { describe, expect, it } from "vitest";
import { parsePeriod, periodPresets, periodQuery } from "~/lib/timeline/period";

const FIRST = 2007;
const LAST = 2026;
const parse = (search: string) => parsePeriod(search, FIRST, LAST);

describe("the timeline's period (?from=&to=)", () => {
  it("reads a period, either end alone, or none", () => {
    expect(parse("?from=2019&to=2021")).toEqual({ period: { from: 2019, to: 2021 }, dropped: [] });
    expect(parse("?from=2019").period).toEqual({ from: 2019, to: LAST });
    expect(parse("?to=2010").period).toEqual({ from: FIRST, to: 2010 });
    expect(parse("?from=2020&to=2020").period).toEqual({ from: 2020, to: 2020 });
    expect(parse("").period).toEqual({ from: FIRST, to: LAST });
  });

  it("leaves other parameters to their owners", () => {
    expect(parse("?from=2019&actor=us&lang=es").dropped).toEqual([]);
  });

  const hostile: Array<[string, string, string[]]> = [
    ["script tag", "?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E", ["from"]],
    ["markup in to", '?to="><img src=x onerror=alert(1)>', ["to"]],
    ["a year before the first event", "?from=1999", ["from"]],
    ["a year after the last", "?to=2031", ["to"]],
    ["a fraction", "?from=2019.5", ["from"]],
    ["a negative year", "?from=-2019", ["from"]],
    ["leading zero", "?from=02019", ["from"]],
    ["exponent", "?from=2e3", ["from"]],
    ["repeated key", "?from=2019&from=2020", ["from"]],
    ["empty value", "?from=", ["from"]],
    ["huge value", `?to=${"9".repeat(60_000)}`, ["to"]],
    ["from after to", "?from=2021&to=2019", ["from", "to"]],
    ["__proto__", "?from=__proto__", ["from"]],
  ];
  for (const [label, search, dropped] of hostile) {
    it(`falls back to every year and drops it: ${label}`, () => {
      const parsed = parse(search);
      expect(parsed.period).toEqual({ from: FIRST, to: LAST });
      expect(parsed.dropped.sort()).toEqual(dropped);
    });
  }

  it("keeps a good end when only the other is bad", () => {
    expect(parse("?from=2019&to=<b>")).toEqual({ period: { from: 2019, to: LAST }, dropped: ["to"] });
  });

  it("writes the shortest query: nothing for every year", () => {
    expect(periodQuery({ from: FIRST, to: LAST }, FIRST, LAST)).toBe("");
    expect(periodQuery({ from: 2019, to: 2021 }, FIRST, LAST)).toBe("?from=2019&to=2021");
    expect(periodQuery({ from: 2019, to: LAST }, FIRST, LAST)).toBe("?from=2019");
    for (const period of periodPresets(FIRST, LAST)) expect(parse(periodQuery(period, FIRST, LAST)).period).toEqual(period);
  });

  it("offers every year and spans that tile the range without gaps", () => {
    const presets = periodPresets(FIRST, LAST);
    expect(presets[0]).toEqual({ from: FIRST, to: LAST });
    expect(presets.slice(1)).toEqual([
      { from: 2007, to: 2016 },
      { from: 2017, to: 2020 },
      { from: 2021, to: 2024 },
      { from: 2025, to: 2026 },
    ]);
    expect(periodPresets(2019, 2020)).toEqual([{ from: 2019, to: 2020 }]);
  });
});
