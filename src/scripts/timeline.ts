import { enhanceFilterList, type FilterList } from "./filter-list";

const ITEM = ".timeline-event";

/** Opens the event named in the URL's hash: shows it even if filtered out, scrolls to it and focuses it. */
function openPermalink(root: HTMLElement, list: FilterList): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!/^[a-z0-9-]{1,120}$/.test(id)) return;
  const item = root.querySelector<HTMLElement>(`${ITEM}[id="${id}"]`);
  if (!item) return;
  if (item.hidden) {
    for (const view of list.views) list.state[view.name] = view.fallback;
    list.apply();
    list.write();
  }
  item.scrollIntoView({ block: "start" });
  item.focus({ preventScroll: true });
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Filters by actor and category (kept in the URL), permalinks that focus their event, and
 * "copy link" buttons. Without JavaScript every event is listed and every permalink still
 * scrolls to its event.
 */
export function enhanceTimeline(root: HTMLElement): void {
  const list = enhanceFilterList(root, ITEM);
  for (const button of root.querySelectorAll<HTMLButtonElement>(".timeline-share")) {
    button.hidden = false;
    const label = button.textContent ?? "";
    button.addEventListener("click", async () => {
      const id = button.dataset["share"] ?? "";
      const link = root.querySelector<HTMLAnchorElement>(`[id="${id}"] .timeline-permalink`);
      const url = new URL(link?.getAttribute("href") ?? `#${id}`, window.location.href).href;
      button.textContent = (await copy(url)) ? `${label} ✓` : url;
    });
  }
  openPermalink(root, list);
  window.addEventListener("hashchange", () => openPermalink(root, list));
}
