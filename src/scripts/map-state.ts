import { setViewParam } from "./map-view-input";

/** A state path's slug: its data-key (a places.csv id, "st-<slug>") without the prefix. */
const slugOf = (mark: Element) => (mark.getAttribute("data-key") ?? "").replace(/^st-/, "");

/**
 * Selecting a state on the atlas: click, tap, or Enter/Space on a focused state (the tooltip
 * script makes each state a focusable, named image) sets `?state=`; Escape or the panel's close
 * button clears it and returns focus to the state. The panel itself is server-rendered and shown
 * by the view CSS, so this script only moves the view parameter and the focus.
 */
export function enhanceMapState(figure: HTMLElement): void {
  const hint = figure.querySelector<HTMLElement>(".map-state-hint");
  if (hint) hint.hidden = false;
  const stateMark = (target: EventTarget | null) => (target instanceof Element ? target.closest(".map-states [data-key]") : null);
  const select = (mark: Element) => {
    if (!setViewParam(figure, "state", slugOf(mark))) return;
    // On a phone the panel is below the map; bring its heading into view without moving focus.
    figure.querySelector(`.map-state-panel[data-state="${CSS.escape(slugOf(mark))}"] h2`)?.scrollIntoView({ block: "nearest" });
  };
  const clear = () => {
    const current = figure.dataset["state"];
    if (!current || current === "none") return;
    setViewParam(figure, "state", "none");
    // Focus goes back to the state in the SVG on screen (only one is displayed).
    const mark = [...figure.querySelectorAll<SVGElement>(`.map-states [data-key="st-${CSS.escape(current)}"]`)].find((m) => m.getClientRects().length > 0);
    mark?.focus();
  };
  figure.addEventListener("click", (event) => {
    const mark = stateMark(event.target);
    if (mark) select(mark);
    else if (event.target instanceof Element && event.target.closest("[data-map-close]")) clear();
  });
  figure.addEventListener("keydown", (event) => {
    const mark = stateMark(event.target);
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(mark);
    } else if (event.key === "Escape") clear();
  });
}
