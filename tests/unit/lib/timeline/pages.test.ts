import { describe, expect, it } from "vitest";
import type { PolicyEvent } from "~/lib/data/datasets/policy-events";
import { eventsByYear } from "~/lib/timeline/events";
import { eventPermalink, MAX_EVENTS_PER_PAGE, timelinePages, yearHref } from "~/lib/timeline/pages";

/** `count` synthetic events per year, ids "<year>-<n>". */
function synthetic(perYear: Record<number, number>) {
  return Object.entries(perYear).map(([year, count]) => ({ year: Number(year), events: Array.from({ length: count }, (_, i) => ({ id: `${year}-${i}`, date: `${year}-01-01` }) as PolicyEvent) }));
}

describe("timeline pages", () => {
  it("today's events fit one page: /timeline/ alone, every permalink on it", () => {
    const pages = timelinePages();
    const total = eventsByYear().reduce((sum, g) => sum + g.events.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_EVENTS_PER_PAGE);
    expect(pages.map((p) => p.slug)).toEqual([""]);
    expect(eventPermalink("en", "2019-06-07-joint-declaration")).toBe("/timeline/#2019-06-07-joint-declaration");
  });

  it("ten times the events: every page stays within the bound, none is lost, the newest is at /timeline/", () => {
    const groups = synthetic({ 2007: 30, 2012: 60, 2018: 120, 2019: 400, 2020: 90, 2025: 200, 2026: 110 });
    const pages = timelinePages(groups, MAX_EVENTS_PER_PAGE);
    for (const page of pages) expect(page.groups.reduce((sum, g) => sum + g.events.length, 0)).toBeLessThanOrEqual(MAX_EVENTS_PER_PAGE);
    const ids = pages.flatMap((p) => p.groups.flatMap((g) => g.events.map((e) => e.id)));
    expect(ids.sort()).toEqual(groups.flatMap((g) => g.events.map((e) => e.id)).sort());
    expect(pages[0]?.slug).toBe("");
    expect(pages[0]?.lastYear).toBe(2026);
    expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length);
    expect(pages.map((p) => p.slug)).toContain("2019-part-1");
    expect(eventPermalink("es", "2007-3", pages)).toMatch(/^\/es\/timeline\/2007-2012\/#2007-3$/);
    expect(yearHref("en", 2026, pages)).toBe("/timeline/#year-2026");
  });
});
