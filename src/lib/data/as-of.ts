import { t, type Lang } from "~/i18n";
import { formatIsoDate } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import type { CatalogEntry } from "./catalog";
import { freshness, type Freshness } from "./freshness";
import type { Source } from "./sources";

/** The period of a latest observation as words: "September 2025", "January–September 2025", "2024". */
export function latestLabel(lang: Lang, latest: NonNullable<Freshness["latest"]>): string {
  if (latest.start === latest.end && latest.end.length === 10) return formatIsoDate(lang, latest.end);
  return periodLabel(lang, latest.start, latest.end, false);
}

/** "Latest data: January–September 2025 (partial)" — the short form, for social cards and slides. */
export function latestText(entry: Pick<CatalogEntry, "records" | "columns" | "rowSources" | "meta">, sources: ReadonlyMap<string, Source>, lang: Lang): string {
  const f = freshness(entry, sources);
  if (!f.latest) return t(lang, "data.checked_only", { checked: formatIsoDate(lang, f.checked) });
  return t(lang, f.latest.partial ? "data.latest_partial" : "data.latest", { period: latestLabel(lang, f.latest) });
}

/**
 * "Latest data: January–September 2025 (partial). Checked against the sources on December 2,
 * 2026." — shown with every chart, embed, key figure and dataset.
 */
export function asOfText(entry: Pick<CatalogEntry, "records" | "columns" | "rowSources" | "meta">, sources: ReadonlyMap<string, Source>, lang: Lang): string {
  const f = freshness(entry, sources);
  const checked = formatIsoDate(lang, f.checked);
  if (!f.latest) return t(lang, "data.checked_only", { checked });
  const period = latestLabel(lang, f.latest);
  return t(lang, f.latest.partial ? "data.as_of_partial" : "data.as_of", { period, checked });
}
