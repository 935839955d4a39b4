import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "~/lib/data/dataset";
import { DATASET_DEFINITIONS } from "~/lib/data/definitions";
import { loadNationalities, loadPlaces } from "~/lib/data/lookups";

const metaFiles = readdirSync("data").filter((name) => name.endsWith(".meta.json"));

describe("every dataset in data/", () => {
  it("has a definition for each metadata file", () => {
    const ids = DATASET_DEFINITIONS.map((d) => d.id);
    for (const file of metaFiles) expect(ids, file).toContain(file.replace(/\.meta\.json$/, ""));
  });

  for (const file of metaFiles) {
    const id = file.replace(/\.meta\.json$/, "");
    it(`${id} validates (schema, sources, keys, revisions)`, () => {
      const definition = DATASET_DEFINITIONS.find((d) => d.id === id);
      if (!definition) throw new Error(`no definition for ${id}`);
      const { rows, meta } = loadDataset(definition);
      expect(rows.length).toBeGreaterThan(0);
      expect(meta.id).toBe(id);
    });
  }

  it("lookup tables load and give names in both languages", () => {
    for (const nationality of loadNationalities().values()) expect(nationality.name_es.length).toBeGreaterThan(1);
    for (const place of loadPlaces().values()) expect(place.name_es.length).toBeGreaterThan(1);
  });
});
