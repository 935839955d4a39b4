import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPolicyEvents } from "~/lib/data/datasets/policy-events";
import { assertBuilt, DIST, gzipSize, htmlPages, parsePage, readDist } from "./site";

beforeAll(assertBuilt);

/** The drawn timeline as built: in the HTML, one linked mark per event of the page. */
const TIMELINE_PAGES = () => htmlPages().filter((page) => /^\/(es\/)?timeline\/(.+\/)?index\.html$/.test(page));
/** DESIGN.md: HTML + CSS of a chart page ≤ 60 KB gzip; the timeline page is held to the same. */
const HTML_CSS_BUDGET = 60 * 1024;

describe("the drawn timeline", () => {
  it("is on every timeline page, compact and wide, with one mark per event listed there", () => {
    const pages = TIMELINE_PAGES();
    expect(pages).toEqual(expect.arrayContaining(["/timeline/index.html", "/es/timeline/index.html"]));
    for (const page of pages) {
      const doc = parsePage(page);
      const listed = [...doc.querySelectorAll(".timeline-event")].map((item) => item.id);
      expect(listed.length, page).toBeGreaterThan(0);
      const svgs = [...doc.querySelectorAll("figure.timeline-drawing svg.timeline-drawing-svg")];
      expect(svgs, page).toHaveLength(2);
      for (const svg of svgs) {
        const marks = [...svg.querySelectorAll("a.timeline-link")];
        expect(marks.map((a) => a.getAttribute("href")).sort(), page).toEqual(listed.map((id) => `#${id}`).sort());
        for (const mark of marks) expect(mark.getAttribute("aria-label")?.length ?? 0, page).toBeGreaterThan(10);
        expect(svg.getAttribute("role"), page).toBe("group");
      }
    }
  });

  it("holds every event of the dataset across its pages, with its year for the period filter", () => {
    const events = loadPolicyEvents().rows;
    const items = TIMELINE_PAGES().filter((page) => !page.startsWith("/es/")).flatMap((page) => [...parsePage(page).querySelectorAll<HTMLElement>(".timeline-event")]);
    expect(items.map((item) => item.id).sort()).toEqual(events.map((event) => event.id).sort());
    for (const item of items) expect(item.dataset["year"]).toBe(item.id.slice(0, 4));
  });

  it("lists every event with JavaScript off: the period filter is client-side, nothing is hidden in the HTML", () => {
    const doc = parsePage("/timeline/index.html");
    expect(doc.querySelectorAll(".timeline-event[hidden], .timeline-year[hidden]")).toHaveLength(0);
    // Period links are plain links a server (or no script) can follow.
    const periods = [...doc.querySelectorAll<HTMLAnchorElement>("a[data-period]")].map((a) => a.getAttribute("href") ?? "");
    expect(periods).toContain("/timeline/?from=2019&to=2019#year-2019");
    expect(periods.some((href) => /^\/timeline\/\?from=\d{4}&to=\d{4}#year-\d{4}$/.test(href))).toBe(true);
  });

  it("keeps /timeline/ within the HTML + CSS budget of a chart page", () => {
    for (const page of ["/timeline/index.html", "/es/timeline/index.html"]) {
      const doc = parsePage(page);
      let total = gzipSize(readDist(page));
      for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) total += gzipSize(readFileSync(join(DIST, link.getAttribute("href") as string)));
      expect(total, page).toBeLessThanOrEqual(HTML_CSS_BUDGET);
    }
  });

  it("the embed holds every event but shows only the latest without JavaScript", () => {
    const doc = parsePage("/embed/timeline/index.html");
    const items = [...doc.querySelectorAll(".timeline-event")];
    expect(items).toHaveLength(loadPolicyEvents().rows.length);
    expect(items.filter((item) => !item.hasAttribute("hidden"))).toHaveLength(6);
    expect(doc.querySelector(".timeline")?.getAttribute("data-limit")).toBe("6");
  });
});
