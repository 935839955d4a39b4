import { getCollection, type CollectionEntry } from "astro:content";
import { BUILT_LANGS, DEFAULT_LANG, isLang, type Lang } from "~/i18n";

export type Explainer = CollectionEntry<"explainers">;

/** The explainer's language and translation-pair id, from its path `<lang>/<id>`. */
export function explainerParts(entry: Explainer): { lang: Lang; slug: string } {
  const [lang, ...rest] = entry.id.split("/");
  if (!isLang(lang) || rest.length === 0) throw new Error(`explainer "${entry.id}" must live in content/explainers/<en|es>/`);
  return { lang, slug: rest.join("/") };
}

/** Explainers in one language, in series order. */
export async function explainersIn(lang: Lang): Promise<Explainer[]> {
  const all = await getCollection("explainers");
  return all.filter((entry) => explainerParts(entry).lang === lang).sort((a, b) => a.data.order - b.data.order);
}

/** `getStaticPaths` entries for every explainer in the built languages. */
export async function explainerStaticPaths() {
  const paths = [];
  for (const lang of BUILT_LANGS) {
    for (const entry of await explainersIn(lang)) {
      paths.push({ params: { lang: lang === DEFAULT_LANG ? undefined : lang, slug: explainerParts(entry).slug }, props: { lang, entry } });
    }
  }
  return paths;
}
