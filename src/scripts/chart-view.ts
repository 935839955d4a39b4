import { parseSet, parseViewState, serializeViewState, type ViewParam, type ViewState } from "~/lib/url/view-state";

/** Fired on a figure after its view is applied (detail: views and state); series and pickers follow it. */
export const VIEW_APPLIED_EVENT = "refugio:view-applied";

/** Reads the view parameters a figure declares; our own markup, but parsed defensively. */
function declaredViews(figure: HTMLElement): ViewParam[] {
  try {
    const parsed: unknown = JSON.parse(figure.dataset["views"] ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (p): p is ViewParam => typeof p?.name === "string" && /^[a-z]+$/.test(p.name) && Array.isArray(p.values) && p.values.every((v: unknown) => typeof v === "string") && typeof p.fallback === "string",
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
  applyView(figure, views, state);
  if (syncUrl && parsed.dropped.length > 0) writeUrl(views, state);
  const controls = figure.querySelector<HTMLElement>(".chart-controls");
  if (controls) controls.hidden = false;
  figure.addEventListener("change", (event) => {
    const input = event.target;
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
    applyView(figure, views, state);
    if (syncUrl) writeUrl(views, state);
  });
}
