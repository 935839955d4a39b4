import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DIST, gzipSize, parsePage, readDist } from "./site";

/** What a page costs to show, in gzip bytes (level 9): its HTML, the stylesheets it links, its scripts. */

function asset(path: string): string {
  return readFileSync(join(DIST, path), "utf8");
}

/** A module script and every module it imports statically, transitively (the built chunks). */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const [, spec] of asset(path).matchAll(/\bimport\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(join(dirname(path), spec as string));
  };
  visit(entry);
  return [...seen];
}

/** The module files a page loads: its module scripts and what they import (each file once). */
export function pageModules(page: string): string[] {
  const doc = parsePage(page);
  const entries = [...doc.querySelectorAll('script[type="module"][src]')].map((script) => script.getAttribute("src") as string).filter((src) => src.startsWith("/"));
  return [...new Set(entries.flatMap(moduleGraph))];
}

export function jsBytes(page: string): number {
  const doc = parsePage(page);
  let total = pageModules(page).reduce((sum, path) => sum + gzipSize(asset(path)), 0);
  for (const script of doc.querySelectorAll("script:not([src])")) if (!script.getAttribute("type")?.includes("json")) total += gzipSize(script.textContent ?? "");
  for (const script of doc.querySelectorAll("script[src]:not([type=module])")) total += gzipSize(asset(script.getAttribute("src") as string));
  return total;
}

export function linkedStylesheets(page: string): string[] {
  return [...parsePage(page).querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute("href") as string);
}

export function htmlCssBytes(page: string): number {
  return gzipSize(readDist(page)) + linkedStylesheets(page).reduce((sum, href) => sum + gzipSize(asset(href)), 0);
}

export function pageBytes(page: string): number {
  return htmlCssBytes(page) + jsBytes(page);
}
