import { JSDOM } from "jsdom";
import type { DrawingGeometry, DrawnEvent } from "~/lib/charts/specs/timeline-drawing";

const XLINK = "http://www.w3.org/1999/xlink";

/**
 * Makes the drawn timeline's marks real links that work without JavaScript. Plot wraps each
 * mark in `<a xlink:href>`; each becomes `<a href="#<id>">` named by its event's title and
 * date, with the event's year (for the period filter) and precision (imprecise dates are drawn
 * hollow). The SVG holds links, so it is a group named by the summary, not one image (an image's
 * children are presentational, which would hide the links). The axis geometry rides along as
 * data attributes for the brushing script. Build time only.
 */
export function linkTimelineMarks(svg: string, events: readonly DrawnEvent[], geometry: DrawingGeometry): string {
  const fragment = JSDOM.fragment(svg);
  const root = fragment.querySelector("svg");
  if (!root) throw new Error("linkTimelineMarks: not an SVG");
  root.setAttribute("role", "group");
  root.classList.add("timeline-drawing-svg");
  root.setAttribute("data-x0", String(geometry.x0));
  root.setAttribute("data-x1", String(geometry.x1));
  root.setAttribute("data-first", String(geometry.first));
  root.setAttribute("data-last", String(geometry.last));
  const byHref = new Map(events.map((event) => [`#${event.id}`, event]));
  for (const link of root.querySelectorAll("a")) {
    // Plot sets xlink:href; serialized and parsed again it may arrive as either spelling.
    const href = link.getAttributeNS(XLINK, "href") ?? link.getAttribute("href") ?? "";
    const event = byHref.get(href);
    if (!event) throw new Error(`linkTimelineMarks: a mark links to no event (${href})`);
    link.removeAttributeNS(XLINK, "href");
    link.removeAttribute("fill");
    link.setAttribute("href", href);
    link.setAttribute("aria-label", event.name);
    link.setAttribute("data-year", event.date.slice(0, 4));
    link.setAttribute("class", event.imprecise ? "timeline-link is-imprecise" : "timeline-link");
  }
  return root.outerHTML;
}
