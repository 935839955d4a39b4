import { rangeLabel } from "./chart-time";
import { VIEW_APPLIED_EVENT, VIEW_CHANGE_EVENT } from "./chart-view";
import { citationBibtex, citationText, embedCode, shareLink, SHARE_NETWORKS, type CitationInput } from "~/lib/share/share";
import { carriedSearch, type Carry } from "~/lib/share/view-carry";

/** The address of the view on screen: this page's URL with its query string, without the hash. */
function currentViewUrl(canonical: string): string {
  const here = new URL(window.location.href);
  const url = new URL(canonical);
  url.search = here.search;
  return url.href;
}

/** One part of what a title adds for the view on screen, and the view parameter it names. */
export interface TitlePart {
  param: string;
  text: string;
}

/**
 * What the view on screen adds to a chart's title: on a map the selected state and the year
 * ("Chiapas · 2021"; the year whenever a state is named or it is not the default), on a time
 * series the years shown ("2019–2025"). Names come from the controls' own option labels.
 */
export function titleParts(figure: HTMLElement | null): TitlePart[] {
  const option = (param: string) => figure?.querySelector<HTMLSelectElement>(`select[data-param="${param}"]`)?.selectedOptions[0];
  const parts: TitlePart[] = [];
  const state = figure?.dataset["state"] !== "none" && option("state")?.textContent?.trim();
  if (state) parts.push({ param: "state", text: state });
  const year = option("year");
  const yearText = year?.textContent?.trim();
  if (yearText && (state || !year?.defaultSelected)) parts.push({ param: "year", text: yearText });
  const span = rangeLabel(figure?.dataset["time"]);
  if (span) parts.push({ param: "time", text: span });
  return parts;
}

const withParts = (title: string, parts: readonly TitlePart[]) => (parts.length > 0 ? `${title} (${parts.map((part) => part.text).join(" · ")})` : title);

const figureOf = (root: HTMLElement) => document.getElementById(`chart-${root.dataset["chartId"] ?? ""}`);

/** The chart's title with the view on screen: "… (2019–2025)", "… (Chiapas · 2021)". */
export function viewTitle(root: HTMLElement, title: string): string {
  return withParts(title, titleParts(figureOf(root)));
}

/**
 * The embed code's address and title for the view. A chart embeds itself with the whole query
 * string; a page that embeds another chart (/map/ → requests by state) names in data-embed-carry
 * the parameters it passes on, the values the embed accepts and its defaults (ChartShare.astro),
 * and the title keeps only the parts of the view the embed receives.
 */
function embedView(root: HTMLElement, figure: HTMLElement | null): { url: string; title: string } {
  const url = new URL(root.dataset["embedUrl"] ?? "", window.location.href);
  let parts = titleParts(figure);
  if (root.dataset["embedCarry"] === undefined) url.search = window.location.search;
  else {
    let given: { carry?: Carry; defaults?: Record<string, string> } = {};
    try {
      given = JSON.parse(root.dataset["embedCarry"]) ?? {};
    } catch {
      // Our own markup; if it is ever unreadable, the embed gets its default view.
    }
    const carry = given.carry ?? {};
    const state = Object.fromEntries(Object.keys(carry).map((name) => [name, figure?.getAttribute(`data-${name}`) ?? ""]));
    url.search = carriedSearch(state, carry, given.defaults ?? {});
    parts = parts.filter((part) => { const allowed = carry[part.param]; return Array.isArray(allowed) && allowed.includes(state[part.param] ?? ""); });
  }
  return { url: url.href, title: withParts(root.dataset["embedTitle"] ?? root.dataset["title"] ?? "", parts) };
}

/**
 * Keeps the share panel in step with the view: share links, citation (with today's date) and
 * embed code carry the current query string. Adds copy-link and the system share sheet.
 */
export function enhanceShare(root: HTMLElement): void {
  const canonical = root.dataset["url"] ?? "";
  const baseTitle = root.dataset["title"] ?? document.title;
  let citation: CitationInput | undefined;
  try {
    citation = JSON.parse(root.dataset["citation"] ?? "null") as CitationInput;
  } catch {
    citation = undefined;
  }
  const refresh = () => {
    const url = currentViewUrl(canonical);
    const title = viewTitle(root, baseTitle);
    for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-network]")) {
      const network = link.dataset["network"] as (typeof SHARE_NETWORKS)[number];
      if (SHARE_NETWORKS.includes(network)) link.href = shareLink(network, { url, title });
    }
    if (citation) {
      const now = { ...citation, url, title, accessed: new Date().toISOString().slice(0, 10) };
      const text = root.querySelector("[data-cite-text]");
      const bib = root.querySelector("[data-cite-bibtex]");
      if (text) text.textContent = citationText(now);
      if (bib) bib.textContent = citationBibtex(now);
    }
    const code = root.querySelector("[data-embed-code]");
    const embed = embedView(root, figureOf(root));
    if (code) code.textContent = embedCode(embed.url, embed.title, Number(root.dataset["embedHeight"] ?? 600));
    return url;
  };
  refresh();
  // The view script announces each change of the address (see chart-view.ts), and each view it
  // applies: the first one, from the URL, may come after this script (a state that is valid
  // leaves the address as it is), and the title and embed read the view from the figure.
  window.addEventListener(VIEW_CHANGE_EVENT, () => refresh());
  figureOf(root)?.addEventListener(VIEW_APPLIED_EVENT, () => refresh());
  const copyButton = root.querySelector<HTMLButtonElement>("[data-copy-link]");
  if (copyButton && navigator.clipboard) {
    copyButton.hidden = false;
    const label = copyButton.textContent ?? "";
    copyButton.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(refresh());
        copyButton.textContent = `${label} ✓`;
      } catch {
        copyButton.textContent = refresh();
      }
    });
  }
  const nativeButton = root.querySelector<HTMLButtonElement>("[data-native-share]");
  if (nativeButton && typeof navigator.share === "function") {
    nativeButton.hidden = false;
    nativeButton.addEventListener("click", () => {
      navigator.share({ title: viewTitle(root, baseTitle), url: refresh() }).catch(() => undefined);
    });
  }
}
