import { CATEGORY_COLORS } from "./theme";

/**
 * Colours for the series a reader picks (the explorer's ?country=VEN~HND). Each series prefers
 * the colour at its position in the allow-list (so Honduras keeps its colour when another is
 * added), and takes the next free one when that is taken: no two drawn series ever share a
 * colour as long as at most `palette.length` are drawn (the set parameter's cap). Pure and
 * deterministic from the set alone, so the build (default view) and the browser agree.
 */
export function seriesColours(selected: readonly string[], allowed: readonly string[], palette: readonly string[] = CATEGORY_COLORS): Map<string, string> {
  const taken = new Set<number>();
  const colours = new Map<string, string>();
  for (const code of selected) {
    const preferred = Math.max(0, allowed.indexOf(code)) % palette.length;
    let slot = preferred;
    for (let step = 0; step < palette.length && taken.has(slot); step++) slot = (preferred + step + 1) % palette.length;
    // More series than colours is refused by the set parameter's cap; reuse rather than throw.
    taken.add(slot);
    colours.set(code, palette[slot] as string);
  }
  return colours;
}

/** The most series the explorer draws at once: one colour each. */
export const MAX_SERIES = CATEGORY_COLORS.length;
