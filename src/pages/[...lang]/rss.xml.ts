import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadCorrections } from "~/lib/data/corrections";
import { explainerParts, explainersIn } from "~/lib/explainers/collection";
import { langStaticPaths, localizePath, t, type Lang } from "~/i18n";

/** RSS of the explainers and the corrections log, per language. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const origin = site ?? new URL("https://refugio.example");
  const explainers = (await explainersIn(lang)).map((entry) => ({
    title: entry.data.title,
    description: entry.data.description,
    pubDate: new Date(`${entry.data.updated ?? entry.data.published}T00:00:00Z`),
    link: localizePath(lang, `/explainers/${explainerParts(entry).slug}/`),
  }));
  const corrections = loadCorrections().map((c) => ({
    title: `${t(lang, "about.correction")}: ${lang === "es" ? c.summary_es : c.summary_en}`,
    pubDate: new Date(`${c.date}T00:00:00Z`),
    link: `${localizePath(lang, c.page)}`,
  }));
  return rss({
    title: t(lang, "site.name"),
    description: t(lang, "site.description"),
    site: origin,
    items: [...explainers, ...corrections].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${lang === "es" ? "es-MX" : "en"}</language><atom:link href="${new URL(localizePath(lang, "/rss.xml"), origin).href}" rel="self" type="application/rss+xml"/>`,
  });
};
