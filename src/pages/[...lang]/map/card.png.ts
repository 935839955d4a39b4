import type { APIRoute } from "astro";
import { composeChartCard } from "~/lib/cards/server";
import { svgToPng } from "~/lib/cards/png";
import { getChart } from "~/lib/charts/registry";
import { langStaticPaths, localizePath, type Lang } from "~/i18n";

/** The map's card: the atlas in its default view, like a chart card. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const svg = composeChartCard(getChart("atlas", lang), new URL(localizePath(lang, "/map/"), site ?? "https://refugio.example").href);
  return new Response(new Uint8Array(await svgToPng(svg)).buffer, { headers: { "Content-Type": "image/png" } });
};
