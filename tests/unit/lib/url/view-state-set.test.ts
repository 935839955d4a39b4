import { describe, expect, it } from "vitest";
import { parseSet, parseViewState, serializeViewState, type ViewParam } from "~/lib/url/view-state";

const CODES = ["HND", "HTI", "CUB", "VEN", "SLV", "GTM", "NIC", "BRA", "COL", "CHL"];
const PARAMS: ViewParam[] = [
  { name: "country", values: CODES, fallback: "HND~HTI~CUB", set: 8 },
  { name: "as", values: ["count", "share"], fallback: "count" },
];

describe("set parameters (?country=VEN~HND)", () => {
  it("reads a set and gives it in the allow-list's order without duplicates", () => {
    expect(parseViewState("?country=VEN~HND~VEN", PARAMS)).toEqual({ state: { country: "HND~VEN", as: "count" }, dropped: [] });
    expect(parseViewState("?country=VEN", PARAMS).state["country"]).toBe("VEN");
  });

  it("accepts the percent-encoded separator a browser may send", () => {
    expect(parseViewState("?country=VEN%7EHND", PARAMS).state["country"]).toBe("HND~VEN");
  });

  const hostile: Array<[string, string]> = [
    ["unknown code", "?country=VEN~XYZ"],
    ["lower case", "?country=ven"],
    ["empty", "?country="],
    ["empty item", "?country=VEN~~HND"],
    ["trailing separator", "?country=VEN~"],
    ["comma instead of tilde", "?country=VEN,HND"],
    ["markup", "?country=%3Csvg%20onload%3Dalert(1)%3E"],
    ["more than the cap", `?country=${CODES.slice(0, 9).join("~")}`],
    ["repeated key", "?country=VEN&country=HND"],
    ["very long", `?country=${"VEN~".repeat(5_000)}VEN`],
    ["prototype key as item", "?country=__proto__"],
  ];
  for (const [label, search] of hostile) {
    it(`falls back to the default and drops the value: ${label}`, () => {
      const parsed = parseViewState(search, PARAMS);
      expect(parsed.state["country"]).toBe("HND~HTI~CUB");
      expect(parsed.dropped).toContain("country");
    });
  }

  it("allows exactly the cap, counting distinct items", () => {
    expect(parseSet(CODES, 8, CODES.slice(0, 8).join("~"))?.split("~")).toHaveLength(8);
    expect(parseSet(CODES, 2, "VEN~VEN~HND")).toBe("HND~VEN");
    expect(parseSet(CODES, 2, "VEN~CUB~HND")).toBeUndefined();
  });

  it("round-trips through the URL with a readable separator, default omitted", () => {
    const search = serializeViewState({ country: "HND~VEN", as: "share" }, PARAMS, "?lang=es");
    expect(search).toBe("?lang=es&country=HND~VEN&as=share");
    expect(parseViewState(search, PARAMS).state).toEqual({ country: "HND~VEN", as: "share" });
    expect(serializeViewState({ country: "HND~HTI~CUB", as: "count" }, PARAMS)).toBe("");
  });

  it("refuses to write a set that is not canonical or not allowed", () => {
    expect(serializeViewState({ country: "VEN~HND", as: "count" }, PARAMS)).toBe("");
    expect(serializeViewState({ country: "VEN~<b>", as: "count" }, PARAMS)).toBe("");
  });
});
