import type { PolicyEvent } from "~/lib/data/datasets/policy-events";
import { localizePath, type Lang } from "~/i18n";
import { eventsByYear } from "./events";

/**
 * The timeline in pages of at most MAX_EVENTS_PER_PAGE events, so a page's weight stays bounded
 * however many events the dataset grows to (each event is about 1.3 KB of HTML). Pages break at
 * year boundaries, newest page at /timeline/ (what most readers come for), older periods at
 * /timeline/<from>-<to>/; a year with more events than fit a page is split into parts. While
 * every event fits one page — as today — there is just /timeline/.
 */
export const MAX_EVENTS_PER_PAGE = 150;

export interface TimelinePage {
  /** "" for /timeline/, else the period's slug ("2007-2018", "2019-part-2"). */
  slug: string;
  firstYear: number;
  lastYear: number;
  groups: Array<{ year: number; events: PolicyEvent[] }>;
}

export function timelinePages(groups = eventsByYear(), max = MAX_EVENTS_PER_PAGE): TimelinePage[] {
  // Years too big for one page become several "parts" of that year.
  type Piece = { year: number; part: number | undefined; events: PolicyEvent[] };
  const pieces: Piece[] = groups.flatMap(({ year, events }): Piece[] => {
    if (events.length <= max) return [{ year, part: undefined, events }];
    return Array.from({ length: Math.ceil(events.length / max) }, (_, i) => ({ year, part: i + 1, events: events.slice(i * max, (i + 1) * max) }));
  });
  // Filled from the newest piece backwards, so /timeline/ holds a full page of the latest events.
  const chunks: Array<typeof pieces> = [];
  let current: typeof pieces = [];
  let size = 0;
  for (const piece of [...pieces].reverse()) {
    if (current.length > 0 && size + piece.events.length > max) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.unshift(piece);
    size += piece.events.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks.map((chunk, index) => {
    const first = chunk[0] as (typeof pieces)[number];
    const last = chunk[chunk.length - 1] as (typeof pieces)[number];
    const slug = index === 0 ? "" : first.part !== undefined ? `${first.year}-part-${first.part}` : first.year === last.year ? String(first.year) : `${first.year}-${last.year}`;
    const merged = new Map<number, PolicyEvent[]>();
    for (const piece of chunk) merged.set(piece.year, [...(merged.get(piece.year) ?? []), ...piece.events]);
    return { slug, firstYear: first.year, lastYear: last.year, groups: [...merged].map(([year, events]) => ({ year, events })) };
  });
}

export function timelinePageHref(lang: Lang, page: Pick<TimelinePage, "slug">): string {
  return localizePath(lang, page.slug ? `/timeline/${page.slug}/` : "/timeline/");
}

/** The permalink of an event: its page and its anchor. */
export function eventPermalink(lang: Lang, eventId: string, pages = timelinePages()): string {
  const page = pages.find((p) => p.groups.some((g) => g.events.some((e) => e.id === eventId))) ?? pages[0];
  return `${timelinePageHref(lang, page ?? { slug: "" })}#${eventId}`;
}

/** Where a year's heading is: its page and its anchor (the first page that holds it). */
export function yearHref(lang: Lang, year: number, pages = timelinePages()): string {
  const page = pages.find((p) => p.groups.some((g) => g.year === year)) ?? pages[0];
  return `${timelinePageHref(lang, page ?? { slug: "" })}#year-${year}`;
}
