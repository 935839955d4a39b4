import { describe, expect, it } from "vitest";
import { MAX_PARAM_LENGTH, parseRange, parseViewState, rangeYears, serializeViewState, type ViewParam } from "~/lib/url/view-state";

const PARAMS: ViewParam[] = [
  { name: "highlight", values: ["none", "HND", "HTI", "CUB"], fallback: "none" },
  { name: "as", values: ["count", "share"], fallback: "count" },
  { name: "layers", values: ["offices", "requests", "detention"], fallback: "offices,requests", list: true },
];

describe("parseViewState", () => {
  it("reads allowed values", () => {
    expect(parseViewState("?highlight=HND&as=share", PARAMS)).toEqual({ state: { highlight: "HND", as: "share", layers: "offices,requests" }, dropped: [] });
  });

  it("gives the defaults for an empty query", () => {
    expect(parseViewState("", PARAMS).state).toEqual({ highlight: "none", as: "count", layers: "offices,requests" });
  });

  const hostile: Array<[string, string]> = [
    ["script tag", "?highlight=%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
    ["javascript: URL", "?highlight=javascript:alert(1)"],
    ["markup with quotes", '?highlight="><img src=x onerror=alert(1)>'],
    ["unknown code", "?highlight=XYZ"],
    ["lower-case code", "?highlight=hnd"],
    ["60,000-character value", `?highlight=${"A".repeat(60_000)}`],
    ["repeated key", "?highlight=HND&highlight=HTI"],
    ["empty value", "?highlight="],
    ["percent-encoding garbage", "?highlight=%E0%A4%A"],
    ["unicode lookalike", "?highlight=Н"],
  ];
  for (const [label, search] of hostile) {
    it(`falls back to the default and drops the value: ${label}`, () => {
      const parsed = parseViewState(search, PARAMS);
      expect(parsed.state["highlight"]).toBe("none");
      expect(parsed.dropped).toContain("highlight");
    });
  }

  it("ignores __proto__ and constructor keys without polluting objects", () => {
    const parsed = parseViewState("?__proto__=x&constructor=y&highlight=CUB", PARAMS);
    expect(parsed.state["highlight"]).toBe("CUB");
    expect(parsed.dropped.sort()).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
    expect(Object.keys(parsed.state).sort()).toEqual(["as", "highlight", "layers"]);
  });

  it("drops unknown parameters but keeps the ones embeds use", () => {
    expect(parseViewState("?foo=1&lang=es&theme=dark", PARAMS).dropped).toEqual(["foo"]);
  });

  it("normalizes list values to canonical order without duplicates, rejecting unknown items", () => {
    expect(parseViewState("?layers=detention,offices,offices", PARAMS).state["layers"]).toBe("offices,detention");
    expect(parseViewState("?layers=offices,nukes", PARAMS).state["layers"]).toBe("offices,requests");
    expect(parseViewState("?layers=", PARAMS).state["layers"]).toBe("");
  });

  it("never throws, whatever the input", () => {
    const inputs = ["%", "?=&=&&", "?a=%ZZ", `?${"x=1&".repeat(10_000)}`, "?highlight=" + "%00".repeat(100), "\u0000\uFFFF"];
    for (const input of inputs) expect(() => parseViewState(input, PARAMS)).not.toThrow();
  });

  it("caps what it reads", () => {
    expect(MAX_PARAM_LENGTH).toBeLessThanOrEqual(200);
  });
});

describe("serializeViewState", () => {
  it("writes only non-default values and round-trips", () => {
    const search = serializeViewState({ highlight: "HTI", as: "count", layers: "offices,requests" }, PARAMS);
    expect(search).toBe("?highlight=HTI");
    expect(parseViewState(search, PARAMS).state["highlight"]).toBe("HTI");
  });

  it("keeps lang and theme from the current URL and drops junk", () => {
    expect(serializeViewState({ highlight: "none", as: "share", layers: "offices,requests" }, PARAMS, "?lang=es&foo=<b>&theme=dark")).toBe("?lang=es&theme=dark&as=share");
  });

  it("refuses to write a value outside the allow-list", () => {
    expect(serializeViewState({ highlight: "<script>", as: "count", layers: "offices,requests" }, PARAMS)).toBe("");
  });

  it("returns an empty string for the default view", () => {
    expect(serializeViewState({ highlight: "none", as: "count", layers: "offices,requests" }, PARAMS)).toBe("");
  });
});

describe("range parameters (?time=YYYY..YYYY)", () => {
  const TIME: ViewParam[] = [{ name: "time", values: [], fallback: "", range: { min: 2013, max: 2025 } }];
  const time = (search: string) => parseViewState(search, TIME);

  it("reads a range inside the chart's years as written", () => {
    expect(time("?time=2019..2024")).toEqual({ state: { time: "2019..2024" }, dropped: [] });
    expect(time("?time=2020..2020").state["time"]).toBe("2020..2020");
  });

  it("spells earliest and latest as years, and reports the rewrite so the address is cleaned", () => {
    const parsed = time("?time=2019..latest");
    expect(parsed.state["time"]).toBe("2019..2025");
    expect(parsed.dropped).toEqual(["time"]);
    expect(time("?time=earliest..2016").state["time"]).toBe("2013..2016");
  });

  it("clamps to the chart's own extent; the whole extent is the default", () => {
    expect(time("?time=1990..2018").state["time"]).toBe("2013..2018");
    expect(time("?time=2019..2099").state["time"]).toBe("2019..2025");
    expect(time("?time=1900..2100").state["time"]).toBe("");
    expect(time("?time=earliest..latest").state["time"]).toBe("");
  });

  const hostile = [
    "?time=2024..2019",
    "?time=1990..1999",
    "?time=2030..2040",
    "?time=2019",
    "?time=2019..",
    "?time=..2019",
    "?time=2019...2024",
    "?time=19..24",
    "?time=2019.5..2024",
    "?time=%3Cscript%3E..2024",
    "?time=2019..2024%0A",
    "?time=2019..2024&time=2020..2021",
    `?time=${"2019..".repeat(60)}2024`,
    "?time=",
    "?time=２０１９..2024",
  ];
  for (const search of hostile) {
    it(`falls back to the whole extent and drops: ${search.slice(0, 40)}`, () => {
      const parsed = time(search);
      expect(parsed.state["time"]).toBe("");
      expect(parsed.dropped).toContain("time");
    });
  }

  it("round-trips through the query string, writing nothing for the default", () => {
    expect(serializeViewState({ time: "2019..2025" }, TIME)).toBe("?time=2019..2025");
    expect(time(serializeViewState({ time: "2019..2025" }, TIME)).state["time"]).toBe("2019..2025");
    expect(serializeViewState({ time: "" }, TIME)).toBe("");
    expect(serializeViewState({ time: "2025..2019" }, TIME)).toBe("");
    expect(serializeViewState({ time: "2019..latest" }, TIME)).toBe("");
  });

  it("gives the first and last year of a value", () => {
    expect(rangeYears("2019..2024", { min: 2013, max: 2025 })).toEqual([2019, 2024]);
    expect(rangeYears("", { min: 2013, max: 2025 })).toEqual([2013, 2025]);
    expect(rangeYears("junk", { min: 2013, max: 2025 })).toEqual([2013, 2025]);
    expect(parseRange("2019..2024", { min: 2013, max: 2025 })).toBe("2019..2024");
  });
});

describe("a map's selected state (?state=)", () => {
  const STATE: ViewParam[] = [
    { name: "year", values: ["2021", "2022", "2023"], fallback: "2023" },
    { name: "state", values: ["none", "chiapas", "baja-california", "ciudad-de-mexico"], fallback: "none" },
  ];

  it("reads a known slug and writes it back after the year", () => {
    const parsed = parseViewState("?state=baja-california&year=2021", STATE);
    expect(parsed).toEqual({ state: { year: "2021", state: "baja-california" }, dropped: [] });
    expect(serializeViewState(parsed.state, STATE)).toBe("?year=2021&state=baja-california");
    expect(serializeViewState({ state: "none", year: "2023" }, STATE)).toBe("");
  });

  const hostile: Array<[string, string]> = [
    ["unknown slug", "zacatecas"],
    ["places.csv id", "st-chiapas"],
    ["capitals", "Chiapas"],
    ["two states", "chiapas,ciudad-de-mexico"],
    ["a set", "chiapas~baja-california"],
    ["script tag", "<script>alert(1)</script>"],
    ["markup with quotes", '"><svg onload=alert(1)>'],
    ["CSS breakout", 'chiapas"]{}*{display:none}'],
    ["path", "../chiapas"],
    ["trailing space", "chiapas "],
    ["NUL", "chiapas\u0000"],
    ["Cyrillic lookalike", "chiаpas"],
    ["very long", "chiapas".repeat(40)],
    ["very long, past the cap", "x".repeat(MAX_PARAM_LENGTH + 1)],
    ["empty", ""],
  ];
  for (const [label, value] of hostile) {
    it(`falls back to no state, drops it and keeps the year: ${label}`, () => {
      const parsed = parseViewState(`?state=${encodeURIComponent(value)}&year=2022`, STATE);
      expect(parsed.state["state"]).toBe("none");
      expect(parsed.dropped).toEqual(["state"]);
      expect(serializeViewState(parsed.state, STATE)).toBe("?year=2022");
      // Even a value written into the state directly is never serialized.
      expect(serializeViewState({ state: value, year: "2022" }, STATE)).toBe("?year=2022");
    });
  }

  it("drops a repeated state", () => {
    expect(parseViewState("?state=chiapas&state=chiapas", STATE)).toEqual({ state: { year: "2023", state: "none" }, dropped: ["state"] });
  });
});
