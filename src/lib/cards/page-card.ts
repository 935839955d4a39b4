import { PAD_PX, svgText, textCardFooter, textCardFrame, textLines } from "./compose";
import { CARD_COLORS } from "./standalone-css";

/** What a page's social card says: pure strings, so composing it needs no data or dictionary. */
export interface PageCardParts {
  siteName: string;
  /** Small capitals above the title: "Explainer", "Timeline". */
  kicker: string;
  title: string;
  /** The number that carries the page, with what it counts (from data); optional. */
  figure?: { value: string; label: string } | undefined;
  /** One or two lines under the title: the dek, or how current the data are. */
  context: string;
  footer: string;
  url: string;
}

/**
 * A 1200×630 card for a page that is not one chart (home, an explainer, the timeline, the
 * methodology): kicker, headline, the page's number when it has one, context, source and address.
 * Plain SVG for resvg, same palette and face as the chart cards.
 */
export function composePageCard(parts: PageCardParts): string {
  const title = textLines(parts.title, parts.figure ? 48 : 38, 3);
  const titleSize = parts.figure ? 44 : 56;
  const titleTop = PAD_PX + 70;
  const afterTitle = titleTop + (title.length - 1) * (titleSize + 10) + 24;
  const figureTop = afterTitle + 110;
  const context = textLines(parts.context, 92, parts.figure ? 2 : 4);
  // The label sits under the number, never beside it: no width to guess.
  const contextTop = parts.figure ? figureTop + 96 : afterTitle + 40;
  return [
    ...textCardFrame(),
    svgText(PAD_PX, PAD_PX, `${parts.siteName.toUpperCase()} · ${parts.kicker.toUpperCase()}`, 18, 700, CARD_COLORS.accent),
    ...title.map((line, i) => svgText(PAD_PX, titleTop + i * (titleSize + 10), line, titleSize, 700, CARD_COLORS.text)),
    ...(parts.figure ? [svgText(PAD_PX, figureTop, parts.figure.value, 110, 700, CARD_COLORS.accent), svgText(PAD_PX, figureTop + 48, parts.figure.label, 30, 600, CARD_COLORS.text)] : []),
    ...context.map((line, i) => svgText(PAD_PX, contextTop + i * 30, line, 24, 400, CARD_COLORS.muted)),
    ...textCardFooter(parts.footer, parts.url),
  ].join("");
}

/** The card as the PNG response of a `card.png` route. */
export async function pageCardResponse(parts: PageCardParts): Promise<Response> {
  const { svgToPng } = await import("./png");
  return new Response(new Uint8Array(await svgToPng(composePageCard(parts))).buffer, { headers: { "Content-Type": "image/png" } });
}
