import { INTL_LOCALE, type Lang } from "~/i18n/langs";

// Intl formatters are costly to build; keep one per language and style.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** A whole count with grouping separators: 140982 -> "140,982" (en and es-MX). */
export function formatCount(lang: Lang, value: number): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A number with up to `digits` fraction digits: 1.54 -> "1.5" (en and es-MX), 7 -> "7". */
export function formatDecimal(lang: Lang, value: number, digits = 1): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A short count for axis ticks: 140982 -> "141K" (en) / "141 mil" (es-MX). */
export function formatCompact(lang: Lang, value: number): string {
  return numberFormat(lang, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A ratio as a percentage: 0.613 -> "61%". `digits` fraction digits (default 0). */
export function formatPercent(lang: Lang, ratio: number, digits = 0): string {
  return numberFormat(lang, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** A multiple such as "108×" for how many times larger one value is than another. */
export function formatMultiple(lang: Lang, ratio: number): string {
  // Near 1 a second decimal keeps a small rise from reading "1×" (80,902 against 79,426 is 1.02×).
  return `${numberFormat(lang, { maximumFractionDigits: ratio < 1.1 ? 2 : ratio < 10 ? 1 : 0 }).format(ratio)}×`;
}

/** Pesos, nominal, no decimals: 20843364 -> "MX$20,843,364" (en) / "$20,843,364" (es-MX). */
export function formatPesos(lang: Lang, value: number): string {
  return numberFormat(lang, { style: "currency", currency: "MXN", maximumFractionDigits: 0 }).format(value);
}

/**
 * U.S. dollars as a reader says them: whole millions and billions in words, smaller amounts in
 * full. 1500000000 -> "US$1.5 billion" (en) / "1,500 millones de dólares" (es-MX).
 */
export function formatDollars(lang: Lang, value: number): string {
  const one = (v: number) => numberFormat(lang, { maximumFractionDigits: 1 }).format(v);
  if (lang === "es") return value >= 1e6 ? `${one(value / 1e6)} millones de dólares` : `${numberFormat(lang, {}).format(value)} dólares`;
  if (value >= 1e9) return `US$${one(value / 1e9)} billion`;
  if (value >= 1e6) return `US$${one(value / 1e6)} million`;
  return `US$${numberFormat(lang, {}).format(value)}`;
}

/**
 * A calendar date given as ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, shown at the precision given
 * ("2019", "June 2019", "7 June 2019"). Dates are calendar dates, so they are formatted in UTC.
 */
export function formatIsoDate(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`formatIsoDate: not an ISO date: "${iso}"`);
  if (month === undefined) return String(year);
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: "numeric", month: "long", timeZone: "UTC" }
      : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  const key = `d|${lang}|${day === undefined ? "m" : "d"}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], options);
    cache.set(key, format);
  }
  return format.format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
}

/** A month range inside one year, e.g. (2025, 1, 9) -> "January–September 2025". */
export function formatMonthSpan(lang: Lang, year: number, fromMonth: number, toMonth: number): string {
  const month = new Intl.DateTimeFormat(INTL_LOCALE[lang], { month: "long", timeZone: "UTC" });
  const name = (m: number) => month.format(new Date(Date.UTC(year, m - 1, 1)));
  if (fromMonth === toMonth) return lang === "es" ? `${name(fromMonth)} de ${year}` : `${name(fromMonth)} ${year}`;
  return lang === "es"
    ? `${name(fromMonth)} a ${name(toMonth)} de ${year}`
    : `${name(fromMonth)}–${name(toMonth)} ${year}`;
}

/** A short month range without the year, for chart labels: (1, 9) -> "Jan–Sep" / "ene–sep". */
export function formatMonthRangeShort(lang: Lang, fromMonth: number, toMonth: number): string {
  const month = new Intl.DateTimeFormat(INTL_LOCALE[lang], { month: "short", timeZone: "UTC" });
  const name = (m: number) => month.format(new Date(Date.UTC(2001, m - 1, 1))).replace(/\.$/, "");
  // A one-month period is that month ("Jan 2020"), not a range from it to itself.
  return fromMonth === toMonth ? name(fromMonth) : `${name(fromMonth)}–${name(toMonth)}`;
}
