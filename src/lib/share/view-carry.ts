/**
 * Carrying a view from one chart to another (the atlas at /map/ → the requests-by-state embed it
 * offers): for each parameter both charts have, only the values both accept. Pure, so the share
 * panel computes the allow-lists at build time and the share script applies them in the browser.
 */
import type { ViewParam, ViewState } from "~/lib/url/view-state";

/** Parameter name → the values the target accepts that the source can also be in. */
export type Carry = Record<string, string[]>;

/** For each of `names` that both charts declare: the values common to both (list, set and range parameters are not carried). */
export function carriedValues(from: readonly ViewParam[], to: readonly ViewParam[], names: readonly string[]): Carry {
  const out: Carry = {};
  for (const name of names) {
    const here = from.find((view) => view.name === name);
    const there = to.find((view) => view.name === name);
    if (!here || !there || here.list || there.list || here.set !== undefined || there.set !== undefined || here.range || there.range) continue;
    out[name] = here.values.filter((value) => there.values.includes(value));
  }
  return out;
}

/**
 * The target's query string ("" or "?…") for a view: each carried value the target accepts and
 * that is not the target's default, in the order of `carry`. Anything else is left out, so a
 * value the target does not know (a year without a breakdown) gives the target's default.
 */
export function carriedSearch(state: ViewState, carry: Carry, defaults: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams();
  for (const [name, allowed] of Object.entries(carry)) {
    const value = state[name];
    if (value !== undefined && Array.isArray(allowed) && allowed.includes(value) && value !== defaults[name]) query.set(name, value);
  }
  const search = query.toString();
  return search ? `?${search}` : "";
}
