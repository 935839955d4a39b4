import { enhanceFilterList, type FilterList } from "./filter-list";
import { enhanceDrawing } from "./timeline-drawing";
import { periodOf } from "~/lib/timeline/period";
import { serializeViewState } from "~/lib/url/view-state";

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
 * Keeps `from` ≤ `to`: a URL naming them the wrong way round falls back to every year (and is
 * cleaned), and a select moved past the other one carries the other along.
 */
function keepPeriodInOrder(root: HTMLElement, list: FilterList): void {
  const years = list.views.find((view) => view.name === "from")?.values.map(Number) ?? [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (years.length === 0) return;
  const checked = periodOf(list.state, first, last);
  if (checked.dropped.length > 0) {
    list.state["from"] = String(first);
    list.state["to"] = String(last);
    list.apply();
    list.write();
  }
  // Capture phase: runs before the filter list reads the selects.
  root.querySelector("[data-filters]")?.addEventListener(
    "change",
    (event) => {
      const select = event.target;
      if (!(select instanceof HTMLSelectElement) || (select.name !== "from" && select.name !== "to")) return;
      const other = root.querySelector<HTMLSelectElement>(`[data-filters] select[name="${select.name === "from" ? "to" : "from"}"]`);
      if (!other) return;
      const from = Number(select.name === "from" ? select.value : other.value);
      const to = Number(select.name === "to" ? select.value : other.value);
      if (from > to) other.value = select.value;
    },
    { capture: true },
  );
}

/**
 * Filters by actor, category and period (kept in the URL), permalinks that focus their event, and
 * "copy link" buttons. Without JavaScript every event is listed and every permalink still
 * scrolls to its event.
 */
export function enhanceTimeline(root: HTMLElement): void {
  const list = enhanceFilterList(root, ITEM);
  keepPeriodInOrder(root, list);
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
  // An embed's static "latest N of all" line gives way to the live count of the view.
  if (root.dataset["limit"]) {
    for (const note of document.querySelectorAll<HTMLElement>("[data-embed-latest]")) note.hidden = true;
    // The embed's link to the whole timeline opens the same view there.
    const follow = () => {
      for (const link of document.querySelectorAll<HTMLAnchorElement>(".embed-credit a[href]")) {
        const url = new URL(link.href);
        link.href = `${url.pathname}${serializeViewState(list.state, list.views)}`;
      }
    };
    follow();
    root.querySelector("[data-filters]")?.addEventListener("change", follow);
  }
  // The page's drawing follows the list: after a filter change, and after a permalink reset it.
  const figure = document.querySelector<HTMLElement>("[data-timeline-drawing]");
  if (figure && root.id === "timeline-events") {
    const drawing = enhanceDrawing(figure, list, root);
    root.querySelector("[data-filters]")?.addEventListener("change", drawing.render);
    window.addEventListener("hashchange", drawing.render);
  }
}
