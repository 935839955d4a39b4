import { parseViewState, serializeViewState, type ViewParam, type ViewState } from "~/lib/url/view-state";

/**
 * A list filtered by checkbox groups kept in the URL. The root declares its parameters in
 * `data-views` (list parameters); each item carries `data-<param>` values; each checkbox has
 * `name=<param>`; sections with `data-filter-section` hide when they have nothing to show.
 *
 * A parameter with `bound: { attr, side }` is a range end instead (a timeline's `from`/`to`):
 * items whose numeric `data-<attr>` is below a "min" or above a "max" bound are hidden, and a
 * `<select name=<param>>` in the form edits it. A root with `data-limit="N"` shows only the last
 * N items the view selects (an embed's bounded height); its count template may say {matching}.
 */
export interface FilterList {
  views: FilterView[];
  state: ViewState;
  /** Shows the items the state selects; returns how many are shown. */
  apply: () => number;
  /** Writes the state to the URL (keeping the hash). */
  write: () => void;
}

export interface FilterView extends ViewParam {
  bound?: { attr: string; side: "min" | "max" };
}

const isBound = (bound: unknown): bound is FilterView["bound"] =>
  typeof bound === "object" && bound !== null && /^[a-z]+$/.test(String((bound as { attr?: unknown }).attr)) && ["min", "max"].includes(String((bound as { side?: unknown }).side));

function declaredViews(root: HTMLElement): FilterView[] {
  try {
    const parsed: unknown = JSON.parse(root.dataset["views"] ?? "[]");
    return Array.isArray(parsed)
      ? (parsed as FilterView[]).filter((p) => typeof p?.name === "string" && /^[a-z]+$/.test(p.name) && Array.isArray(p.values) && (p.bound === undefined || isBound(p.bound)))
      : [];
  } catch {
    return [];
  }
}

function matches(item: HTMLElement, view: FilterView, value: string, selected: Set<string>): boolean {
  if (!view.bound) return selected.has(item.dataset[view.name] ?? "");
  const own = Number(item.dataset[view.bound.attr]);
  const limit = Number(value);
  return view.bound.side === "min" ? own >= limit : own <= limit;
}

export function enhanceFilterList(root: HTMLElement, itemSelector: string): FilterList {
  const views = declaredViews(root);
  const parsed = parseViewState(window.location.search, views);
  const state = parsed.state;
  const limit = Number(root.dataset["limit"]) || Infinity;
  const write = () => {
    window.history.replaceState(null, "", `${window.location.pathname}${serializeViewState(state, views, window.location.search)}${window.location.hash}`);
  };
  const apply = () => {
    const selected = new Map(views.map((view) => [view.name, new Set((state[view.name] ?? "").split(","))]));
    const items = [...root.querySelectorAll<HTMLElement>(itemSelector)];
    const chosen = items.filter((item) => views.every((view) => matches(item, view, state[view.name] ?? view.fallback, selected.get(view.name) ?? new Set())));
    // Items are in reading order (oldest first), so the latest are the last ones chosen.
    const shown = new Set(chosen.slice(Math.max(0, chosen.length - limit)));
    for (const item of items) item.hidden = !shown.has(item);
    for (const section of root.querySelectorAll<HTMLElement>("[data-filter-section]")) section.hidden = section.querySelector(`${itemSelector}:not([hidden])`) === null;
    for (const box of root.querySelectorAll<HTMLInputElement>("[data-filters] input[type=checkbox]")) box.checked = selected.get(box.name)?.has(box.value) ?? false;
    for (const select of root.querySelectorAll<HTMLSelectElement>("[data-filters] select")) select.value = state[select.name] ?? select.value;
    const count = root.querySelector<HTMLElement>("[data-filter-count]");
    if (count) count.textContent = (count.dataset["template"] ?? "").replace("{shown}", String(shown.size)).replace("{matching}", String(chosen.length));
    return shown.size;
  };
  apply();
  if (parsed.dropped.length > 0) write();
  const form = root.querySelector<HTMLFormElement>("[data-filters]");
  if (form) {
    form.hidden = false;
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("change", () => {
      for (const view of views) {
        if (view.bound) {
          const select = form.querySelector<HTMLSelectElement>(`select[name="${view.name}"]`);
          if (select && view.values.includes(select.value)) state[view.name] = select.value;
          continue;
        }
        const checked = [...form.querySelectorAll<HTMLInputElement>(`input[name="${view.name}"]`)].filter((box) => box.checked).map((box) => box.value);
        state[view.name] = view.values.filter((value) => checked.includes(value)).join(",");
      }
      apply();
      write();
    });
  }
  return { views, state, apply, write };
}
