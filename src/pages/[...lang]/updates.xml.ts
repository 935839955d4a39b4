import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { latestText } from "~/lib/data/as-of";
import { datasetIds, getCatalogEntry } from "~/lib/data/catalog";
import { loadCorrections } from "~/lib/data/corrections";
import { loadSources } from "~/lib/data/sources";
import { langStaticPaths, localizePath, t, type Lang } from "~/i18n";

/**
 * RSS of data updates and corrections, per language: one item per dataset, dated the day its
 * figures were last checked against their sources (its metadata's `checked`), saying how current
 * it is; and every correction. Beside /rss.xml, which carries the explainers.
 */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const origin = site ?? new URL("https://refugio.example");
  const sources = loadSources();
  const datasets = datasetIds().map((id) => {
    const entry = getCatalogEntry(id);
    return {
      title: `${t(lang, "feed.data_checked")}: ${entry.meta.title[lang]}`,
      description: latestText(entry, sources, lang),
      pubDate: new Date(`${entry.meta.checked}T00:00:00Z`),
      link: `${localizePath(lang, "/data/")}#${id}`,
    };
  });
  const corrections = loadCorrections().map((c) => ({
    title: `${t(lang, "about.correction")}: ${lang === "es" ? c.summary_es : c.summary_en}`,
    pubDate: new Date(`${c.date}T00:00:00Z`),
    link: localizePath(lang, c.page),
  }));
  return rss({
    title: `${t(lang, "site.name")}: ${t(lang, "feed.updates_title")}`,
    description: t(lang, "feed.updates_description"),
    site: origin,
    // Links are complete as given (a dataset's link ends in its #anchor, which takes no slash).
    trailingSlash: false,
    items: [...datasets, ...corrections].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title)),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${lang === "es" ? "es-MX" : "en"}</language><atom:link href="${new URL(localizePath(lang, "/updates.xml"), origin).href}" rel="self" type="application/rss+xml"/>`,
  });
};
