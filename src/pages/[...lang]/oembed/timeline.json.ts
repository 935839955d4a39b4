import type { APIRoute } from "astro";
import { oembedResponse } from "~/lib/share/oembed";
import { timelineEmbedHeightPx } from "~/lib/share/timeline-embed";
import { langStaticPaths, localizePath, t, type Lang } from "~/i18n";

/** `/oembed/timeline.json`: the timeline embed (its latest events) for CMSs given /timeline/. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  return oembedResponse({
    providerName: t(lang, "site.name"),
    origin: site ?? new URL("https://refugio.example"),
    title: t(lang, "timeline.title"),
    embedPath: localizePath(lang, "/embed/timeline/"),
    thumbnailPath: localizePath(lang, "/timeline/card.png"),
    heightPx: timelineEmbedHeightPx(lang),
  });
};
