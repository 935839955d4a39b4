import type { Lang } from "~/i18n/langs";
import { formatIsoDate, formatMonthRangeShort, formatMonthSpan } from "./index";

/**
 * A period given by two ISO dates (first and last day), as words: a whole year is "2021",
 * whole years "2014–2016";
 * months within one year "January–July 2021" (short: "Jan–Jul 2021"); anything else
 * "June 2019 – March 2021". Days are not shown when a period starts on the 1st and ends on a
 * month's last day.
 */
export function periodLabel(lang: Lang, start: string, end: string, short: boolean): string {
  const [y1, m1 = 1] = start.split("-").map(Number) as [number, number?];
  const [y2, m2 = 12] = end.split("-").map(Number) as [number, number?];
  if (m1 === 1 && m2 === 12) return y1 === y2 ? String(y1) : `${y1}–${y2}`;
  if (y1 === y2) return short ? `${formatMonthRangeShort(lang, m1, m2)} ${y1}` : formatMonthSpan(lang, y1, m1, m2);
  return `${formatIsoDate(lang, `${y1}-${String(m1).padStart(2, "0")}`)} – ${formatIsoDate(lang, `${y2}-${String(m2).padStart(2, "0")}`)}`;
}
