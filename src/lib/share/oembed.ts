/**
 * oEmbed "rich" responses (https://oembed.com/), one static JSON file per embeddable view, so a
 * CMS given a page's URL finds the iframe to paste. The iframe is the same embed code the share
 * panel shows, with the height that fits without a resizer script.
 */
import { embedCode } from "./share";

/** Default embed width reported to consumers (px): the wide layout plus the embed's padding. */
export const OEMBED_WIDTH_PX = 720;

export interface OEmbedInput {
  providerName: string;
  origin: URL;
  title: string;
  /** Site path of the embed page, e.g. /es/embed/timeline/. */
  embedPath: string;
  /** Site path of the 1200×630 social card used as the thumbnail. */
  thumbnailPath: string;
  heightPx: number;
}

export function oembedBody(input: OEmbedInput) {
  return {
    version: "1.0",
    type: "rich",
    provider_name: input.providerName,
    provider_url: new URL("/", input.origin).href,
    title: input.title,
    width: OEMBED_WIDTH_PX,
    height: input.heightPx,
    html: embedCode(new URL(input.embedPath, input.origin).href, input.title, input.heightPx),
    thumbnail_url: new URL(input.thumbnailPath, input.origin).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

export function oembedResponse(input: OEmbedInput): Response {
  return new Response(`${JSON.stringify(oembedBody(input), null, 2)}\n`, { headers: { "Content-Type": "application/json+oembed; charset=utf-8" } });
}
