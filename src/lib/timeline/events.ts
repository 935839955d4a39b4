import { t, type Lang, type UiKey } from "~/i18n";
import { EVENT_ACTORS, EVENT_CATEGORIES, loadPolicyEvents, type PolicyEvent } from "~/lib/data/datasets/policy-events";
import type { ViewParam } from "~/lib/url/view-state";

/** Short actor codes used in URLs (`?actor=us,mx`), one per dataset actor. */
export const ACTOR_CODES: Record<(typeof EVENT_ACTORS)[number], string> = {
  "us-government": "us",
  "mx-government": "mx",
  "us-courts": "us-courts",
  "mx-courts": "mx-courts",
  international: "intl",
  caravans: "caravans",
};

/** The timeline's filters: every actor and every category shown by default. */
export const TIMELINE_VIEWS: ViewParam[] = [
  { name: "actor", values: Object.values(ACTOR_CODES), fallback: Object.values(ACTOR_CODES).join(","), list: true },
  { name: "category", values: [...EVENT_CATEGORIES], fallback: EVENT_CATEGORIES.join(","), list: true },
];

export const actorLabel = (lang: Lang, actor: PolicyEvent["actor"]) => t(lang, `timeline.actor.${actor}` as UiKey);
export const categoryLabel = (lang: Lang, category: PolicyEvent["category"]) => t(lang, `timeline.category.${category}` as UiKey);

/** Events in date order, grouped by year (newest year last, as a story reads). */
export function eventsByYear(): Array<{ year: number; events: PolicyEvent[] }> {
  const events = [...loadPolicyEvents().rows].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const years = new Map<number, PolicyEvent[]>();
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years].map(([year, list]) => ({ year, events: list }));
}

/** The first and last year with events: the bounds of the period filter and of the drawing. */
export function timelineYears(groups = eventsByYear()): { first: number; last: number } {
  const first = groups[0]?.year;
  const last = groups[groups.length - 1]?.year;
  if (first === undefined || last === undefined) throw new Error("the timeline has no events");
  return { first, last };
}

export const eventTitle = (lang: Lang, event: PolicyEvent) => (lang === "es" ? event.title_es : event.title_en);
export const eventDescription = (lang: Lang, event: PolicyEvent) => (lang === "es" ? event.description_es : event.description_en);
