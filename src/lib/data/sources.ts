import { join } from "node:path";
import * as col from "./columns";
import { DataValidationError } from "./errors";
import { FileMemo, readDataFile } from "./files";
import { validateTable, type RowOf } from "./table";
import { dataDir, relativeDataPath } from "./paths";

export const SOURCE_KINDS = ["seed-report", "official", "UN", "NGO", "press"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * How strong a source is for the figures it carries, strongest first (the evidence order of the
 * brief): 1 the body that produced the figure (an agency's own release or statistics; an
 * organization's own count); 2 another government or UN body; 3 a wire service or newspaper of
 * record quoting the producer (a wire's text republished verbatim keeps the wire's tier); 4 other
 * press, and reports that cite others; 5 copies, rewrites, machine translations and aggregators.
 */
export const SOURCE_TIERS = [1, 2, 3, 4, 5] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];
/** The weakest tier: a figure resting only on it is drawn as uncertain and may not head a chart. */
export const WEAKEST_TIER: SourceTier = 5;

/** Columns of `data/sources.csv`, the registry that holds every source once. */
export const SOURCE_COLUMNS = {
  id: col.sourceId(),
  kind: col.oneOf(SOURCE_KINDS),
  /** Strength, 1 (the producer) … 5 (a copy or aggregator); see SOURCE_TIERS. */
  tier: col.oneOf(["1", "2", "3", "4", "5"] as const).transform((s) => Number(s) as SourceTier),
  publisher: col.text(),
  title: col.text(),
  url: col.url(),
  /** As precise as the source states it: YYYY, YYYY-MM or YYYY-MM-DD. */
  date_published: col.isoDate(),
  /** When the figure was last read at that URL. */
  date_accessed: col.isoDate(),
  language: col.oneOf(["en", "es"] as const),
  note: col.optionalText(),
  /** Spanish form of the publisher where it carries an English descriptor ("EFE (vía Minuto30)"). */
  publisher_es: col.optionalText(),
  note_es: col.optionalText(),
};
export type Source = RowOf<typeof SOURCE_COLUMNS>;

export const SOURCES_FILE = "sources.csv";

/** Parses the registry text; throws `DataValidationError` naming file, line, column and rule. */
export function parseSources(file: string, text: string): Source[] {
  const { rows, issues } = validateTable(file, text, SOURCE_COLUMNS, ["id"], { requireRows: true });
  if (issues.length > 0) throw new DataValidationError(issues);
  return rows;
}

const registries = new FileMemo<Map<string, Source>>();

/** The source registry, by id, read once per build (and again when the file changes) from `<dataDir>/sources.csv`. */
export function loadSources(dir = dataDir()): Map<string, Source> {
  const path = join(dir, SOURCES_FILE);
  return registries.get(path, [path], () => new Map(parseSources(relativeDataPath(path), readDataFile(path)).map((s) => [s.id, s])));
}

/** Order for listing: the five reports first, then official, UN, NGO and press, each by date (newest first). */
export function sortSources(sources: Iterable<Source>): Source[] {
  const rank = (kind: SourceKind) => SOURCE_KINDS.indexOf(kind);
  return [...sources].sort((a, b) => rank(a.kind) - rank(b.kind) || b.date_published.localeCompare(a.date_published) || a.id.localeCompare(b.id));
}

/** The publisher's name as shown on a page in `lang`. */
export function publisherIn(source: Source, lang: "en" | "es"): string {
  return lang === "es" && source.publisher_es ? source.publisher_es : source.publisher;
}

/** The source's note in `lang` (English notes have a Spanish translation in note_es). */
export function noteIn(source: Source, lang: "en" | "es"): string | undefined {
  return lang === "es" ? (source.note_es ?? source.note) : source.note;
}
