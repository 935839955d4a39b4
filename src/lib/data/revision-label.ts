import type { Lang } from "~/i18n";
import { formatIsoDate } from "~/lib/format";
import { periodLabel } from "~/lib/format/periods";
import { nationalityName, loadPlaces } from "./lookups";

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A revision's row key ("crimes-reported | 2014-01 | 2016-12 | redtdt-…") as a reader's label
 * ("crimes reported, January 2014 – December 2016"): the source id is dropped (it has its own
 * column), two dates become a period, codes become names, and measure ids lose their hyphens.
 */
export function revisionLabel(key: string, sourceIds: ReadonlySet<string>, lang: Lang): string {
  const parts = key.split(" | ").filter((part) => !sourceIds.has(part));
  const dates = parts.filter((part) => ISO_DATE.test(part));
  const places = loadPlaces();
  const words = parts
    .filter((part) => !ISO_DATE.test(part))
    .map((part) => {
      if (/^[A-Z]{3}$/.test(part)) return nationalityName(part, lang);
      const place = places.get(part);
      if (place) return lang === "es" ? place.name_es : place.name_en;
      return part.replace(/-/g, " ");
    });
  const when = dates.length === 2 ? (dates[0] === dates[1] ? formatIsoDate(lang, dates[0] as string) : periodLabel(lang, dates[0] as string, dates[1] as string, false)) : dates.length === 1 ? (dates[0] as string).length === 4 ? (dates[0] as string) : formatIsoDate(lang, dates[0] as string) : "";
  return [when, ...words].filter(Boolean).join(", ");
}
