/**
 * Citation numbers of the explainer being rendered. The explainer page registers its ordered
 * `sources` before rendering the MDX body; <Cite id> then looks its number up. A citation of a
 * source the frontmatter does not list stops the build.
 */
const byPage = new Map<string, readonly string[]>();
/** How many times each source has been cited so far on the page being rendered. */
const occurrences = new Map<string, Map<string, number>>();

export function registerCitations(pathname: string, sources: readonly string[]): void {
  byPage.set(pathname, sources);
  occurrences.set(pathname, new Map());
}

/** 1 for a source's first citation on the page, 2 for its second…: ids must be unique per page. */
export function citationOccurrence(pathname: string, id: string): number {
  const counts = occurrences.get(pathname) ?? new Map<string, number>();
  occurrences.set(pathname, counts);
  const next = (counts.get(id) ?? 0) + 1;
  counts.set(id, next);
  return next;
}

export function citationNumber(pathname: string, id: string): number {
  const sources = byPage.get(pathname);
  if (!sources) throw new Error(`<Cite id="${id}"> used outside an explainer (${pathname})`);
  const index = sources.indexOf(id);
  if (index < 0) throw new Error(`<Cite id="${id}"> on ${pathname}: "${id}" is not in the explainer's frontmatter sources`);
  return index + 1;
}

/** Reading time in minutes at 220 words a minute (at least 1). */
export function readingMinutes(text: string): number {
  const words = text.replace(/<[^>]+>/g, " ").replace(/\{[^}]*\}/g, " ").split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
