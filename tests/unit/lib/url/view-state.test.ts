import { describe, expect, it } from "vitest";
import { MAX_PARAM_LENGTH, parseViewState, serializeViewState, type ViewParam } from "~/lib/url/view-state";

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
