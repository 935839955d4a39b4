import en from "./en.json";
import es from "./es.json";
import type { Lang } from "./langs";

export * from "./langs";

/** Every UI string key; `en.json` is the reference dictionary and `es.json` must match it key for key. */
export type UiKey = keyof typeof en;

const DICTIONARIES: Record<Lang, Record<UiKey, string>> = { en, es };

/**
 * Looks up a UI string and fills `{name}` placeholders. Values are inserted as plain text; Astro
 * escapes them when rendered, so nothing here becomes markup.
 */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key] as string | undefined;
  if (template === undefined) throw new Error(`i18n: no "${key}" in the ${lang} dictionary`);
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`i18n: "${key}" (${lang}) needs a value for {${name}}`);
    return String(value);
  });
}

export function dictionary(lang: Lang): Readonly<Record<UiKey, string>> {
  return DICTIONARIES[lang];
}
