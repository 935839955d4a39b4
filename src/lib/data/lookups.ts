import { join } from "node:path";
import type { Lang } from "~/i18n/langs";
import * as col from "./columns";
import { DataValidationError } from "./errors";
import { FileMemo, readDataFile } from "./files";
import { dataDir, relativeDataPath } from "./paths";
import { validateTable, type RowOf } from "./table";

/**
 * Lookup tables: codes that datasets refer to, with their names in both languages.
 * `data/nationalities.csv`: ISO 3166-1 alpha-3 codes (plus "OTH" for "all other nationalities").
 * `data/places.csv`: Mexican states (INEGI two-digit code as id prefix "st-") and COMAR offices.
 */
export const NATIONALITY_COLUMNS = {
  /** Three capital letters; also used in URLs and CSS class names, so nothing else is allowed. */
  code: col.present.refine((s) => /^[A-Z]{3}$/.test(s), { message: "a nationality code is three capital letters (ISO 3166-1 alpha-3, or OTH)", params: { rule: "not-a-slug" }, abort: true }),
  name_en: col.text(),
  name_es: col.text(),
};
export type Nationality = RowOf<typeof NATIONALITY_COLUMNS>;

export const PLACE_COLUMNS = {
  /** st-… for a state, of-… for an office: a slug, as it is written into URLs and CSS. */
  id: col.slug(),
  kind: col.oneOf(["state", "office", "city"] as const),
  /** The state a place is in, by its place id (a state refers to itself). */
  state: col.slug(),
  name_en: col.text(),
  name_es: col.text(),
};
export type Place = RowOf<typeof PLACE_COLUMNS>;

const lookups = new FileMemo<Map<string, unknown>>();

function loadLookup<C extends typeof NATIONALITY_COLUMNS | typeof PLACE_COLUMNS>(file: string, columns: C, key: keyof C & string, dir: string): Map<string, RowOf<C>> {
  const path = join(dir, file);
  return lookups.get(path, [path], () => {
    const { rows, issues } = validateTable(relativeDataPath(path), readDataFile(path), columns, [key], { requireRows: true });
    if (issues.length > 0) throw new DataValidationError(issues);
    return new Map(rows.map((row) => [String(row[key]), row]));
  }) as Map<string, RowOf<C>>;
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
