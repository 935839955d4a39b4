// A static server for the benchmark: serves dist/ as a static host or CDN would (gzip for text,
// directory URLs to index.html, 404.html for unknown paths), plus the benchmark's own reference
// pages under /__bench/ and the two libraries the "peer" page loads, from node_modules.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};
/** Types a static host compresses (fonts and PNGs are compressed already). */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".mjs", ".json", ".csv", ".svg", ".xml", ".txt"]);

/** The only files of node_modules the server exposes: what the peer page loads. */
export const VENDOR = {
  "d3.min.js": "node_modules/d3/dist/d3.min.js",
  "plot.umd.min.js": "node_modules/@observablehq/plot/dist/plot.umd.min.js",
};

/** As the site's headers say (src/lib/deploy/headers.mjs): fingerprinted assets for a year. */
const cacheControl = (/** @type {string} */ path) => (path.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate");

/**
 * @param {{ dist: string, root: string, pages: Map<string, string> }} options
 *   dist: the built site; root: the project folder; pages: extra HTML by path (the references).
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ dist, root, pages }) {
  /** gzip level 6 (the usual default of nginx and CDNs), computed once per file. */
  const cache = new Map();
  const body = (/** @type {string} */ key, /** @type {() => Buffer} */ read, /** @type {string} */ ext) => {
    if (!cache.has(key)) {
      const raw = read();
      cache.set(key, COMPRESSIBLE.has(ext) ? { data: gzipSync(raw, { level: 6 }), gzip: true } : { data: raw, gzip: false });
    }
    return cache.get(key);
  };

  /** Maps a URL path to a file of dist/, or undefined. */
  const fileFor = (/** @type {string} */ path) => {
    const candidate = normalize(join(dist, decodeURIComponent(path)));
    if (!candidate.startsWith(resolve(dist))) return undefined;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const index = join(candidate, "index.html");
    return existsSync(index) ? index : undefined;
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    let status = 200;
    let found;
    if (pages.has(path)) found = { key: `page:${path}`, ext: ".html", read: () => Buffer.from(pages.get(path) ?? "") };
    else if (path.startsWith("/__bench/vendor/") && VENDOR[path.slice("/__bench/vendor/".length)]) {
      const file = join(root, VENDOR[path.slice("/__bench/vendor/".length)]);
      found = { key: file, ext: ".js", read: () => readFileSync(file) };
    } else {
      let file = fileFor(path);
      if (!file) {
        status = 404;
        file = join(dist, path.startsWith("/es/") ? "es/404.html" : "404.html");
      }
      const target = file;
      found = { key: target, ext: extname(target), read: () => readFileSync(target) };
    }
    const { data, gzip } = body(found.key, found.read, found.ext);
    const headers = { "Content-Type": TYPES[found.ext] ?? "application/octet-stream", "Content-Length": data.length, "Cache-Control": cacheControl(path) };
    if (gzip) headers["Content-Encoding"] = "gzip";
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : data);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", () => done(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
