/** The site's languages. English is served at `/`, Spanish under `/es/`. */
export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = "en";

/** Languages whose pages are generated: every page exists in both (a test checks the parity). */
export const BUILT_LANGS: readonly Lang[] = ["en", "es"];

/** BCP 47 locale used by Intl for each language. */
export const INTL_LOCALE: Record<Lang, string> = { en: "en", es: "es-MX" };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** Prefixes a root-relative path with the language segment: ("es", "/charts/") -> "/es/charts/". */
export function localizePath(lang: Lang, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** `getStaticPaths` entries for a route under `src/pages/[...lang]/`, one per built language. */
export function langStaticPaths(): Array<{ params: { lang: string | undefined }; props: { lang: Lang } }> {
  return BUILT_LANGS.map((lang) => ({
    params: { lang: lang === DEFAULT_LANG ? undefined : lang },
    props: { lang },
  }));
}
