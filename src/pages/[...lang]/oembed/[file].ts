import type { APIRoute, GetStaticPaths } from "astro";
import { getChart, type ChartId } from "~/lib/charts/registry";
import { chartStaticPaths } from "~/lib/charts/routes";
import { embedHeightPx } from "~/lib/share/embed-height";
import { oembedResponse } from "~/lib/share/oembed";
import { t, type Lang } from "~/i18n";

/** `/oembed/<id>.json`: oEmbed "rich" responses, so CMSs can embed a chart from its URL. */
export const getStaticPaths = (() =>
  chartStaticPaths().map((path) => ({ params: { lang: path.params.lang, file: `${path.params.id}.json` }, props: path.props }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang, id } = props as { lang: Lang; id: ChartId };
  const chart = getChart(id, lang);
  return oembedResponse({
    providerName: t(lang, "site.name"),
    origin: site ?? new URL("https://refugio.example"),
    title: chart.title,
    embedPath: chart.links.embed,
    thumbnailPath: `${chart.links.page}card.png`,
    heightPx: embedHeightPx(chart),
  });
};
