import { t, type Lang } from "~/i18n";
import { formatCount } from "~/lib/format";

/** A value as its source words it: "more than 800", "about 71,000", "49". */
export function qualified(row: { value: number; qualifier: string }, lang: Lang): string {
  const value = formatCount(lang, row.value);
  if (row.qualifier === "at-least") return t(lang, "qualifier.at-least", { value });
  if (row.qualifier === "about") return t(lang, "qualifier.about", { value });
  if (row.qualifier === "at-most") return t(lang, "qualifier.at-most", { value });
  return value;
}
