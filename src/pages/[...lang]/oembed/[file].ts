import type { APIRoute, GetStaticPaths } from "astro";
import { embedHeightPx } from "~/lib/charts/prepare";
import { getChart, type ChartId } from "~/lib/charts/registry";
import { chartStaticPaths } from "~/lib/charts/routes";
import { embedCode } from "~/lib/share/share";
import { t, type Lang } from "~/i18n";

/** `/oembed/<id>.json`: oEmbed "rich" responses, so CMSs can embed a chart from its URL. */
export const getStaticPaths = (() =>
  chartStaticPaths().map((path) => ({ params: { lang: path.params.lang, file: `${path.params.id}.json` }, props: path.props }))) satisfies GetStaticPaths;

/** Default embed size reported to consumers (px): the wide layout plus title, notes and source. */
const OEMBED_WIDTH_PX = 720;

export const GET: APIRoute = ({ props, site }) => {
  const { lang, id } = props as { lang: Lang; id: ChartId };
  const chart = getChart(id, lang);
  const origin = site ?? new URL("https://refugio.example");
  const height = embedHeightPx(chart);
  const body = {
    version: "1.0",
    type: "rich",
    provider_name: t(lang, "site.name"),
    provider_url: new URL("/", origin).href,
    title: chart.title,
    width: OEMBED_WIDTH_PX,
    height,
    html: embedCode(new URL(chart.links.embed, origin).href, chart.title, height),
    thumbnail_url: new URL(`${chart.links.page}card.png`, origin).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json+oembed; charset=utf-8" } });
};
