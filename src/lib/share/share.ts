/**
 * Share links, citations and embed code for a chart view. Pure functions: the server renders
 * them for the canonical (default) view and the share script re-renders them for the view in
 * the address bar, so a shared link always opens what the person saw.
 */

export interface ShareTarget {
  /** Absolute URL of the view, query string included. */
  url: string;
  title: string;
}

export const SHARE_NETWORKS = ["x", "bluesky", "facebook", "whatsapp", "linkedin", "email"] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

const enc = encodeURIComponent;

/** A plain link that opens the network's own share form (no scripts or widgets of theirs). */
export function shareLink(network: ShareNetwork, { url, title }: ShareTarget): string {
  switch (network) {
    case "x":
      return `https://x.com/intent/post?text=${enc(title)}&url=${enc(url)}`;
    case "bluesky":
      return `https://bsky.app/intent/compose?text=${enc(`${title} ${url}`)}`;
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`;
    case "whatsapp":
      return `https://wa.me/?text=${enc(`${title} ${url}`)}`;
    case "linkedin":
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case "email":
      return `mailto:?subject=${enc(title)}&body=${enc(url)}`;
  }
}

export interface CitationInput extends ShareTarget {
  id: string;
  /** Publishers of the chart's sources, in order. */
  publishers: string[];
  /** ISO date (YYYY-MM-DD) the chart was accessed. */
  accessed: string;
  siteName: string;
}

/** "Refugio (2026). Title [Chart]. Data: A; B. https://… (accessed 2026-11-22)." */
export function citationText(c: CitationInput): string {
  return `${c.siteName} (${c.accessed.slice(0, 4)}). ${c.title} [Chart]. Data: ${c.publishers.join("; ")}. ${c.url} (accessed ${c.accessed}).`;
}

const bibEscape = (text: string) => text.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[%&#_$]/g, (ch) => `\\${ch}`);

/** A BibTeX @misc entry for the chart view. */
export function citationBibtex(c: CitationInput): string {
  const key = `${c.siteName.toLowerCase()}_${c.id.replace(/[^a-z0-9]+/gi, "_")}_${c.accessed.slice(0, 4)}`;
  return [
    `@misc{${key},`,
    `  author = {{${bibEscape(c.siteName)}}},`,
    `  title = {{${bibEscape(c.title)}}},`,
    `  year = {${c.accessed.slice(0, 4)}},`,
    `  howpublished = {\\url{${c.url}}},`,
    `  note = {Data: ${bibEscape(c.publishers.join("; "))}. Accessed ${c.accessed}}`,
    "}",
  ].join("\n");
}

const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The iframe a newsroom pastes: full width, lazy, titled, with a height that fits without the resizer. */
/**
 * The key an embed sends in its "datawrapper-height" message, unique per chart *and language*:
 * Datawrapper's older resizer finds the iframe by `id="datawrapper-chart-<key>"`, else by
 * `src*='<key>'`, so a bare chart id would resize the English and the Spanish twin alike.
 */
export function embedFrameKey(embedUrl: string): string {
  const path = new URL(embedUrl, "https://refugio.invalid").pathname;
  const match = /^\/(?:(es)\/)?embed\/([a-z0-9-]+)\/?$/.exec(path);
  return `refugio-${match?.[1] ?? "en"}-${match?.[2] ?? "chart"}`;
}

export function embedCode(embedUrl: string, title: string, heightPx: number): string {
  return `<iframe id="datawrapper-chart-${embedFrameKey(embedUrl)}" src="${attr(embedUrl)}" title="${attr(title)}" loading="lazy" style="width:100%;border:0" height="${heightPx}"></iframe>`;
}

/** The optional one-line resizer from our own domain. */
export function resizerCode(origin: string): string {
  return `<script async src="${attr(new URL("/embed.js", origin).href)}"></script>`;
}
