import { describe, expect, it } from "vitest";
import { csvFields, filterCsv, filterJson } from "~/scripts/set-downloads";

const CSV = 'year,nationality,requests,note\n2018,HND,13669,"a, b"\n2018,VEN,6351,"say ""hi"""\n2019,HND,29146,\n';

describe("downloads that follow a set view", () => {
  it("splits quoted CSV fields", () => {
    expect(csvFields('2018,VEN,6351,"say ""hi"""')).toEqual(["2018", "VEN", "6351", 'say "hi"']);
    expect(csvFields('1,"a, b",')).toEqual(["1", "a, b", ""]);
  });

  it("keeps the header and the rows of the chosen series only", () => {
    expect(filterCsv(CSV, "nationality", ["VEN"])).toBe('year,nationality,requests,note\n2018,VEN,6351,"say ""hi"""\n');
    expect(filterCsv(CSV, "nationality", ["HND", "VEN"]).split("\n")).toHaveLength(5);
    expect(filterCsv(CSV, "missing", ["VEN"])).toBe(CSV);
  });

  it("narrows the JSON rows and records the view", () => {
    const json = JSON.stringify({ chart: "x", data: [{ nationality: "HND" }, { nationality: "VEN" }] });
    const out = JSON.parse(filterJson(json, "nationality", "country", ["VEN"])) as { view: unknown; data: unknown[]; chart: string };
    expect(out.data).toEqual([{ nationality: "VEN" }]);
    expect(out.view).toEqual({ country: "VEN" });
    expect(out.chart).toBe("x");
  });
});
