import { rangeLabel } from "./chart-time";
import { VIEW_CHANGE_EVENT } from "./chart-view";
import { citationBibtex, citationText, embedCode, shareLink, SHARE_NETWORKS, type CitationInput } from "~/lib/share/share";

/** The address of the view on screen: this page's URL with its query string, without the hash. */
function currentViewUrl(canonical: string): string {
  const here = new URL(window.location.href);
  const url = new URL(canonical);
  url.search = here.search;
  return url.href;
}

function currentEmbedUrl(embed: string): string {
  const url = new URL(embed);
  url.search = window.location.search;
  return url.href;
}

/** The chart's title with the years on screen when a time range is shown: "… (2019–2025)". */
export function viewTitle(root: HTMLElement, title: string): string {
  const span = rangeLabel(document.getElementById(`chart-${root.dataset["chartId"] ?? ""}`)?.dataset["time"]);
  return span ? `${title} (${span})` : title;
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
    if (code) code.textContent = embedCode(currentEmbedUrl(root.dataset["embedUrl"] ?? ""), title, Number(root.dataset["embedHeight"] ?? 600));
    return url;
  };
  refresh();
  // The view script announces each change of the address (see chart-view.ts).
  window.addEventListener(VIEW_CHANGE_EVENT, () => refresh());
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
