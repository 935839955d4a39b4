import type { APIRoute } from "astro";
import { composeFigureCard } from "~/lib/cards/server";
import { svgToPng } from "~/lib/cards/png";
import { loadSources, publisherIn } from "~/lib/data/sources";
import { getFigure, type FigureId } from "~/lib/figures";
import { figureStaticPaths } from "~/lib/figures/routes";
import { localizePath, type Lang } from "~/i18n";

/** The key figure's 1200×630 social card. */
export const getStaticPaths = figureStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, id } = props as { lang: Lang; id: FigureId };
  const figure = getFigure(id, lang);
  const sources = figure.sourceIds.map((sid) => { const source = loadSources().get(sid); return source ? publisherIn(source, lang) : sid; });
  const url = new URL(localizePath(lang, `/figures/${id}/`), site ?? "https://refugio.example").href;
  return new Response(new Uint8Array(await svgToPng(composeFigureCard(figure, lang, sources, url))).buffer, { headers: { "Content-Type": "image/png" } });
};
