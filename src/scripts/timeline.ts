import { parseViewState, serializeViewState, type ViewParam, type ViewState } from "~/lib/url/view-state";

/** The filters' parameters, declared on the root by the server (our markup, parsed defensively). */
function declaredViews(root: HTMLElement): ViewParam[] {
  try {
    const parsed: unknown = JSON.parse(root.dataset["views"] ?? "[]");
    return Array.isArray(parsed) ? (parsed as ViewParam[]).filter((p) => typeof p?.name === "string" && Array.isArray(p.values)) : [];
  } catch {
    return [];
  }
}

function apply(root: HTMLElement, state: ViewState): void {
  const actors = new Set((state["actor"] ?? "").split(","));
  const categories = new Set((state["category"] ?? "").split(","));
  let shown = 0;
  for (const item of root.querySelectorAll<HTMLElement>(".timeline-event")) {
    const visible = actors.has(item.dataset["actor"] ?? "") && categories.has(item.dataset["category"] ?? "");
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const section of root.querySelectorAll<HTMLElement>(".timeline-year")) section.hidden = section.querySelector(".timeline-event:not([hidden])") === null;
  for (const box of root.querySelectorAll<HTMLInputElement>(".timeline-filters input[type=checkbox]")) box.checked = (box.name === "actor" ? actors : categories).has(box.value);
  const count = root.querySelector<HTMLElement>(".timeline-count");
  if (count) count.textContent = (count.dataset["template"] ?? "").replace("{shown}", String(shown));
}

/** Opens the event named in the URL's hash: shows it even if filtered out, scrolls to it and focuses it. */
function openPermalink(root: HTMLElement, views: readonly ViewParam[], state: ViewState, sync: boolean): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!/^[a-z0-9-]{1,120}$/.test(id)) return;
  const item = root.querySelector<HTMLElement>(`.timeline-event[id="${id}"]`);
  if (!item) return;
  if (item.hidden) {
    for (const view of views) state[view.name] = view.fallback;
    apply(root, state);
    if (sync) window.history.replaceState(null, "", `${window.location.pathname}${serializeViewState(state, views, window.location.search)}${window.location.hash}`);
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
 * Filters by actor and category (kept in the URL on /timeline/), permalinks that focus their
 * event, and "copy link" buttons. Without JavaScript every event is listed and every
 * permalink still scrolls to its event.
 */
export function enhanceTimeline(root: HTMLElement): void {
  const views = declaredViews(root);
  const sync = root.classList.contains("timeline--page") || root.classList.contains("timeline--embed");
  const parsed = parseViewState(window.location.search, views);
  const state = parsed.state;
  apply(root, state);
  if (sync && parsed.dropped.length > 0) window.history.replaceState(null, "", `${window.location.pathname}${serializeViewState(state, views, window.location.search)}${window.location.hash}`);
  const form = root.querySelector<HTMLFormElement>(".timeline-filters");
  if (form) form.hidden = false;
  form?.addEventListener("change", () => {
    for (const view of views) {
      const checked = [...root.querySelectorAll<HTMLInputElement>(`.timeline-filters input[name="${view.name}"]`)].filter((box) => box.checked).map((box) => box.value);
      state[view.name] = view.values.filter((value) => checked.includes(value)).join(",");
    }
    apply(root, state);
    if (sync) window.history.replaceState(null, "", `${window.location.pathname}${serializeViewState(state, views, window.location.search)}${window.location.hash}`);
  });
  form?.addEventListener("submit", (event) => event.preventDefault());
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
  openPermalink(root, views, state, sync);
  window.addEventListener("hashchange", () => openPermalink(root, views, state, sync));
}
