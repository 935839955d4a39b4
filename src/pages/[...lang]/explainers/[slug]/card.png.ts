import type { APIRoute } from "astro";
import { pageCardResponse } from "~/lib/cards/page-card";
import { explainerParts, explainerStaticPaths, type Explainer } from "~/lib/explainers/collection";
import { readingMinutes } from "~/lib/explainers/citations";
import { localizePath, t, type Lang } from "~/i18n";

/** An explainer's card: its headline and dek. */
export const getStaticPaths = explainerStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang, entry } = props as { lang: Lang; entry: Explainer };
  return pageCardResponse({
    siteName: t(lang, "site.name"),
    kicker: t(lang, "explainer.series"),
    title: entry.data.title,
    context: entry.data.description,
    footer: t(lang, "explainer.reading_time", { minutes: readingMinutes(entry.body ?? "") }),
    url: new URL(localizePath(lang, `/explainers/${explainerParts(entry).slug}/`), site ?? "https://refugio.example").href,
  });
};
