import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";

/** Helpers for tests over the built site in dist/ (run `npm run build` first). */
export const DIST = join(process.cwd(), "dist");

export function assertBuilt(): void {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `npm run build` before `npm run test:dist`");
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file in dist/, as site paths ("/charts/x/index.html"). */
export function distFiles(): string[] {
  return walk(DIST).map((path) => `/${relative(DIST, path)}`);
}

export function htmlPages(): string[] {
  return distFiles().filter((path) => path.endsWith(".html"));
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), "utf8");
}

const parsed = new Map<string, Document>();

/**
 * The page as a DOM, parsed once per test file (tests only read it). Without the text of its
 * <style> elements: every page carries the site's stylesheet inline, and jsdom parsing it took 3 of
 * every 4 ms spent here. Tests that check CSS read it as text (readDist).
 */
export function parsePage(path: string): Document {
  let doc = parsed.get(path);
  if (!doc) {
    doc = new JSDOM(readDist(path).replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, "$1$2")).window.document;
    parsed.set(path, doc);
  }
  return doc;
}

export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Resolves a site URL path (with or without index.html) to a file in dist/, or undefined. */
export function resolveSitePath(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith("/") ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.find((candidate) => existsSync(join(DIST, candidate)) && statSync(join(DIST, candidate)).isFile());
}
