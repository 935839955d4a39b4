import { parseRange, parseSet, parseViewState, serializeViewState, type ViewParam, type ViewState } from "~/lib/url/view-state";
import { applyTimeRange, rangeFromSelects } from "./chart-time";
import { enhanceTabs, showTab, updateMapLink } from "./chart-tabs";

/** Fired on a figure after its view is applied (detail: views and state); series and pickers follow it. */
export const VIEW_APPLIED_EVENT = "refugio:view-applied";

/** Reads the view parameters a figure declares; our own markup, but parsed defensively. */
function declaredViews(figure: HTMLElement): ViewParam[] {
  try {
    const parsed: unknown = JSON.parse(figure.dataset["views"] ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (p): p is ViewParam =>
        typeof p?.name === "string" &&
        /^[a-z]+$/.test(p.name) &&
        Array.isArray(p.values) &&
        p.values.every((v: unknown) => typeof v === "string") &&
        typeof p.fallback === "string" &&
        (p.range === undefined || (Number.isInteger(p.range?.min) && Number.isInteger(p.range?.max))),
    );
  } catch {
    return [];
  }
}

/** Applies a view: data attributes for CSS, the variant SVGs, highlighted marks, control values. */
function applyView(figure: HTMLElement, views: readonly ViewParam[], state: ViewState): void {
  for (const view of views) figure.setAttribute(`data-${view.name}`, state[view.name] ?? view.fallback);
  const variantParam = figure.dataset["variantParam"];
  if (variantParam) {
    const active = state[variantParam];
    for (const render of figure.querySelectorAll<HTMLElement>(".chart-svg[data-variant]")) render.hidden = render.dataset["variant"] !== active;
  }
  const highlight = state["highlight"];
  for (const mark of figure.querySelectorAll<SVGElement>("[data-key]")) {
    const on = highlight !== undefined && highlight !== "none";
    mark.classList.toggle("is-dimmed", on && mark.dataset["key"] !== highlight);
    mark.classList.toggle("is-highlighted", on && mark.dataset["key"] === highlight);
  }
  for (const view of views) if (view.range) applyTimeRange(figure, state[view.name] ?? view.fallback, view.range);
  updateMapLink(figure, state);
  for (const input of figure.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-param]")) {
    const value = state[input.dataset["param"] ?? ""];
    if (value === undefined) continue;
    if (input instanceof HTMLInputElement && input.dataset["list"] === "true") input.checked = value.split(",").includes(input.value);
    else if (input instanceof HTMLInputElement && input.type === "checkbox") input.checked = value === "on";
    else if (input instanceof HTMLInputElement && input.type === "radio") input.checked = input.value === value;
    else input.value = value;
  }
  figure.dispatchEvent(new CustomEvent(VIEW_APPLIED_EVENT, { detail: { views, state } }));
}

/** Fired on window after the view in the address bar changes (the share panel follows it). */
export const VIEW_CHANGE_EVENT = "refugio:view";

function writeUrl(views: readonly ViewParam[], state: ViewState): void {
  const search = serializeViewState(state, views, window.location.search);
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(VIEW_CHANGE_EVENT));
  }
}

/**
 * Makes a chart's view controls work and keeps the view in the URL (on chart pages and
 * embeds; charts inside other pages keep their view to themselves). Bad parameters are
 * dropped from the URL on load.
 */
export function enhanceView(figure: HTMLElement): void {
  const views = declaredViews(figure);
  if (views.length === 0) return;
  const syncUrl = figure.dataset["syncUrl"] === "true";
  const parsed = parseViewState(syncUrl ? window.location.search : "", views);
  const state = parsed.state;
  const hasTabs = views.some((view) => view.name === "tab");
  /** Shows the state and writes it to the address (tab links are links to the state, so last). */
  const update = (write: boolean) => {
    applyView(figure, views, state);
    if (syncUrl && write) writeUrl(views, state);
    if (hasTabs) showTab(figure, state["tab"] ?? "chart");
  };
  if (hasTabs) {
    enhanceTabs(figure, (tab) => {
      state["tab"] = tab;
      update(true);
    });
  }
  update(parsed.dropped.length > 0);
  const controls = figure.querySelector<HTMLElement>(".chart-controls");
  if (controls) controls.hidden = false;
  /** Sets a range parameter from a value that may be anything (a preset's or the selects'). */
  const setRange = (name: string | undefined, raw: string) => {
    const view = views.find((v) => v.name === name && v.range);
    if (!view?.range || !name) return;
    state[name] = raw === "" ? "" : (parseRange(raw, view.range) ?? view.fallback);
    update(true);
  };
  // Presets are links (`?time=2019..2025`) that also work as plain navigation; here they apply in place.
  figure.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>("a[data-range-preset]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    setRange(link.closest<HTMLElement>("[data-range]")?.dataset["range"], link.dataset["rangePreset"] ?? "");
  });
  figure.addEventListener("change", (event) => {
    const input = event.target;
    if (input instanceof HTMLSelectElement && input.dataset["rangePart"]) {
      setRange(input.closest<HTMLElement>("[data-range]")?.dataset["range"], rangeFromSelects(figure));
      return;
    }
    if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement)) return;
    const name = input.dataset["param"];
    const view = views.find((v) => v.name === name);
    if (!view || !name) return;
    let value: string;
    if (view.list) {
      // A list parameter is the checked boxes of its group, in the declared order.
      const checked = [...figure.querySelectorAll<HTMLInputElement>(`input[data-param="${name}"][data-list="true"]`)].filter((box) => box.checked).map((box) => box.value);
      value = view.values.filter((v) => checked.includes(v)).join(",");
    } else if (view.set !== undefined) {
      // A set (the series picker's hidden input): only an allowed set, in canonical order.
      const parsed = parseSet(view.values, view.set, input.value);
      if (parsed === undefined) return;
      value = parsed;
    } else {
      value = input instanceof HTMLInputElement && input.type === "checkbox" ? (input.checked ? "on" : "off") : input.value;
      if (!view.values.includes(value)) return;
    }
    state[name] = value;
    update(true);
  });
}
