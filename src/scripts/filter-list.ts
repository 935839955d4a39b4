import { parseViewState, serializeViewState, type ViewParam, type ViewState } from "~/lib/url/view-state";

/**
 * A list filtered by checkbox groups kept in the URL. The root declares its parameters in
 * `data-views` (list parameters); each item carries `data-<param>` values; each checkbox has
 * `name=<param>`; sections with `data-filter-section` hide when they have nothing to show.
 */
export interface FilterList {
  views: ViewParam[];
  state: ViewState;
  /** Shows the items the state selects; returns how many are shown. */
  apply: () => number;
  /** Writes the state to the URL (keeping the hash). */
  write: () => void;
}

function declaredViews(root: HTMLElement): ViewParam[] {
  try {
    const parsed: unknown = JSON.parse(root.dataset["views"] ?? "[]");
    return Array.isArray(parsed) ? (parsed as ViewParam[]).filter((p) => typeof p?.name === "string" && /^[a-z]+$/.test(p.name) && Array.isArray(p.values)) : [];
  } catch {
    return [];
  }
}

export function enhanceFilterList(root: HTMLElement, itemSelector: string): FilterList {
  const views = declaredViews(root);
  const parsed = parseViewState(window.location.search, views);
  const state = parsed.state;
  const write = () => {
    window.history.replaceState(null, "", `${window.location.pathname}${serializeViewState(state, views, window.location.search)}${window.location.hash}`);
  };
  const apply = () => {
    const selected = new Map(views.map((view) => [view.name, new Set((state[view.name] ?? "").split(","))]));
    let shown = 0;
    for (const item of root.querySelectorAll<HTMLElement>(itemSelector)) {
      const visible = views.every((view) => selected.get(view.name)?.has(item.dataset[view.name] ?? ""));
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const section of root.querySelectorAll<HTMLElement>("[data-filter-section]")) section.hidden = section.querySelector(`${itemSelector}:not([hidden])`) === null;
    for (const box of root.querySelectorAll<HTMLInputElement>("[data-filters] input[type=checkbox]")) box.checked = selected.get(box.name)?.has(box.value) ?? false;
    const count = root.querySelector<HTMLElement>("[data-filter-count]");
    if (count) count.textContent = (count.dataset["template"] ?? "").replace("{shown}", String(shown));
    return shown;
  };
  apply();
  if (parsed.dropped.length > 0) write();
  const form = root.querySelector<HTMLFormElement>("[data-filters]");
  if (form) {
    form.hidden = false;
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("change", () => {
      for (const view of views) {
        const checked = [...form.querySelectorAll<HTMLInputElement>(`input[name="${view.name}"]`)].filter((box) => box.checked).map((box) => box.value);
        state[view.name] = view.values.filter((value) => checked.includes(value)).join(",");
      }
      apply();
      write();
    });
  }
  return { views, state, apply, write };
}
