import { describe, expect, it } from "vitest";
import { csvForState, jsonForState } from "~/scripts/map-downloads";

// The atlas's CSV: one state column per layer (rows are flattened), a quoted field with a comma and a newline.
const ATLAS = [
  "layer,office.office,office.state,value.state,value.year,value.requests,facility.facility,facility.state,note",
  "offices,of-tapachula,st-chiapas,,,,,,",
  "offices,of-villahermosa,st-tabasco,,,,,,",
  "requests,,,st-chiapas,2021,22830,,,",
  "requests,,,st-tabasco,2021,5000,,,\"a, b\"",
  "detention,,,,,,siglo-xxi,st-chiapas,\"held at least\nsee note\"",
  "detention,,,,,,acayucan,st-veracruz,",
  "",
].join("\n");

describe("downloads that follow a map's selected state", () => {
  it("keeps the header and every layer's rows for the state, quoted newlines included", () => {
    const out = csvForState(ATLAS, "chiapas");
    const lines = out.split("\n");
    expect(lines[0]).toBe(ATLAS.split("\n")[0]);
    expect(out).toContain("of-tapachula");
    expect(out).toContain("st-chiapas,2021,22830");
    expect(out).toContain('siglo-xxi,st-chiapas,"held at least\nsee note"');
    expect(out).not.toContain("tabasco");
    expect(out).not.toContain("veracruz");
    expect(out.endsWith("\n")).toBe(true);
  });

  it("matches the whole id, not a part of it", () => {
    const csv = "state,year,requests\nst-baja-california,2022,10\nst-baja-california-sur,2022,2\n";
    expect(csvForState(csv, "baja-california")).toBe("state,year,requests\nst-baja-california,2022,10\n");
  });

  it("gives a header only for a state with no rows, and the file unchanged without a state column", () => {
    expect(csvForState(ATLAS, "zacatecas")).toBe(`${ATLAS.split("\n")[0]}\n`);
    const plain = "year,requests\n2021,1\n";
    expect(csvForState(plain, "chiapas")).toBe(plain);
  });

  it("narrows the JSON rows and records the state as the view", () => {
    const json = JSON.stringify({ chart: "atlas", data: [{ layer: "offices", "office.state": "st-chiapas" }, { layer: "requests", "value.state": "st-tabasco" }, { layer: "detention", "facility.state": "st-chiapas" }] });
    const out = JSON.parse(jsonForState(json, "chiapas")) as { chart: string; view: unknown; data: Array<{ layer: string }> };
    expect(out.chart).toBe("atlas");
    expect(out.view).toEqual({ state: "chiapas" });
    expect(out.data.map((row) => row.layer)).toEqual(["offices", "detention"]);
    expect(jsonForState('{"data":"x"}', "chiapas")).toBe('{"data":"x"}');
  });
});
