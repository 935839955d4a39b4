import type { APIRoute } from "astro";
import { pageCardResponse } from "~/lib/cards/page-card";
import { eventsByYear } from "~/lib/timeline/events";
import { formatCount } from "~/lib/format";
import { langStaticPaths, localizePath, t, type Lang } from "~/i18n";

/** The timeline's card: how many dated events, over which years. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const groups = eventsByYear();
  const total = groups.reduce((sum, group) => sum + group.events.length, 0);
  return pageCardResponse({
    siteName: t(lang, "site.name"),
    kicker: t(lang, "nav.timeline"),
    title: t(lang, "timeline.title"),
    figure: { value: formatCount(lang, total), label: t(lang, "timeline.card_label", { first: groups[0]?.year ?? "", last: groups.at(-1)?.year ?? "" }) },
    context: t(lang, "timeline.lede"),
    footer: t(lang, "timeline.card_footer"),
    url: new URL(localizePath(lang, "/timeline/"), site ?? "https://refugio.example").href,
  });
};
