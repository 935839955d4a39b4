import type { APIRoute } from "astro";
import { pageCardResponse } from "~/lib/cards/page-card";
import { datasetIds } from "~/lib/data/catalog";
import { loadSources } from "~/lib/data/sources";
import { formatCount } from "~/lib/format";
import { langStaticPaths, localizePath, t, type Lang } from "~/i18n";

/** The methodology's card: how many datasets and sources the site rests on. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  return pageCardResponse({
    siteName: t(lang, "site.name"),
    kicker: t(lang, "nav.methodology"),
    title: t(lang, "methodology.title"),
    figure: { value: formatCount(lang, loadSources().size), label: t(lang, "methodology.card_label", { datasets: datasetIds().length }) },
    context: t(lang, "methodology.lede"),
    footer: t(lang, "methodology.card_footer"),
    url: new URL(localizePath(lang, "/methodology/"), site ?? "https://refugio.example").href,
  });
};
