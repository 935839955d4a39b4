import { describe, expect, it } from "vitest";
import { quantity, rate, ratio, share, sum, UnitMismatchError } from "~/lib/stats/quantity";
import { measureUnit } from "~/lib/data/datasets/dated-measures";
import { loadRemainInMexico } from "~/lib/data/datasets/dated-measures";

const people = (value: number, label = "p") => quantity(value, "people", label);
const cases = (value: number, label = "c") => quantity(value, "cases", label);

describe("quantities: computations check units", () => {
  it("computes ratios, shares and sums of one unit", () => {
    expect(ratio(people(300), people(100))).toBe(3);
    expect(share(people(25), people(100))).toBe(0.25);
    expect(sum([people(1), people(2)], "total")).toEqual({ value: 3, unit: "people", label: "total" });
  });

  it("refuses to add cases to people (the MPP 8,800 + 28,000 mistake)", () => {
    expect(() => sum([cases(8800, "cases terminated"), people(28000, "removed in absentia")], "closed")).toThrow(UnitMismatchError);
    expect(() => sum([cases(8800, "cases terminated"), people(28000, "removed in absentia")], "closed")).toThrow(/cases terminated \(8800 cases\) and removed in absentia \(28000 people\)/);
  });

  it("refuses ratios and shares across units, and any comparison of an unstated unit", () => {
    expect(() => ratio(people(117478), cases(7719))).toThrow(UnitMismatchError);
    expect(() => share(people(1), quantity(10, "percent", "x"))).toThrow(UnitMismatchError);
    expect(() => ratio(quantity(117478, "unstated", "a"), quantity(7719, "unstated", "b"))).toThrow(UnitMismatchError);
  });

  it("allows only the named cross-unit rate (pesos per person)", () => {
    expect(rate(quantity(1000, "pesos", "budget"), people(10))).toBe(100);
    expect(() => rate(people(10), cases(5))).toThrow(UnitMismatchError);
  });
});

describe("dated measures carry a unit per measure", () => {
  it("Remain in Mexico: court-record cases and people are separate measures with their own units", () => {
    expect(measureUnit("remain-in-mexico", "cases-terminated")).toBe("cases");
    expect(measureUnit("remain-in-mexico", "removed-in-absentia")).toBe("people");
    expect(measureUnit("children-detained", "granted-protection")).toBe("people");
    expect(measureUnit("children-detained", "presented-or-channelled")).toBe("events");
    // No row of the dataset is a sum of cases and people any more.
    const rows = loadRemainInMexico().rows;
    expect(rows.some((row) => row.value === 36800)).toBe(false);
    expect(() => measureUnit("remain-in-mexico", "nope")).toThrow(/no measure/);
  });
});
