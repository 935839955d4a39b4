import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "~/i18n/langs";
import * as col from "./columns";
import { DataValidationError } from "./errors";
import { dataDir, relativeDataPath } from "./paths";
import { validateTable, type RowOf } from "./table";

/**
 * Lookup tables: codes that datasets refer to, with their names in both languages.
 * `data/nationalities.csv`: ISO 3166-1 alpha-3 codes (plus "OTH" for "all other nationalities").
 * `data/places.csv`: Mexican states (INEGI two-digit code as id prefix "st-") and COMAR offices.
 */
export const NATIONALITY_COLUMNS = {
  code: col.text(),
  name_en: col.text(),
  name_es: col.text(),
};
export type Nationality = RowOf<typeof NATIONALITY_COLUMNS>;

export const PLACE_COLUMNS = {
  id: col.text(),
  kind: col.oneOf(["state", "office", "city"] as const),
  /** The state a place is in, by its place id (a state refers to itself). */
  state: col.text(),
  name_en: col.text(),
  name_es: col.text(),
};
export type Place = RowOf<typeof PLACE_COLUMNS>;

const cache = new Map<string, unknown>();

function loadLookup<C extends typeof NATIONALITY_COLUMNS | typeof PLACE_COLUMNS>(file: string, columns: C, key: keyof C & string, dir: string): Map<string, RowOf<C>> {
  const path = join(dir, file);
  const cached = cache.get(path) as Map<string, RowOf<C>> | undefined;
  if (cached) return cached;
  const { rows, issues } = validateTable(relativeDataPath(path), readFileSync(path, "utf8"), columns, [key]);
  if (issues.length > 0) throw new DataValidationError(issues);
  const map = new Map(rows.map((row) => [String(row[key]), row]));
  cache.set(path, map);
  return map;
}

export function loadNationalities(dir = dataDir()): Map<string, Nationality> {
  return loadLookup("nationalities.csv", NATIONALITY_COLUMNS, "code", dir);
}

export function loadPlaces(dir = dataDir()): Map<string, Place> {
  return loadLookup("places.csv", PLACE_COLUMNS, "id", dir);
}

/** A column holding a nationality code that must be in data/nationalities.csv. */
export function nationalityCode(dir: string) {
  return col.oneOf([...loadNationalities(dir).keys()] as [string, ...string[]]);
}

/** A column holding a place id that must be in data/places.csv. */
export function placeId(dir: string) {
  return col.oneOf([...loadPlaces(dir).keys()] as [string, ...string[]]);
}

/** A nationality's name in the page's language (the code itself if unknown). */
export function nationalityName(code: string, lang: Lang): string {
  const nationality = loadNationalities().get(code);
  if (!nationality) return code;
  return lang === "es" ? nationality.name_es : nationality.name_en;
}
