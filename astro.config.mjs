// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { headerRules, headersFile } from "./src/lib/deploy/headers.mjs";

// The public origin the site is deployed at; canonical URLs, feeds and social cards use it.
// Set SITE_URL when deploying anywhere else.
const site = process.env.SITE_URL ?? "https://refugio.example";

/**
 * `npm run dev`: the CSVs and metadata are read with fs, outside Vite's module graph, so Vite
 * would not notice an edit. Watch the data folder and reload open pages when a file changes;
 * the data layer's caches are keyed by file stamps, so the reload renders the new values.
 */
const dataFolder = resolve(process.env.REFUGIO_DATA_DIR ?? "data");
/** @type {import("astro").AstroIntegration} */
const reloadOnDataEdits = {
  name: "refugio:reload-on-data-edits",
  hooks: {
    "astro:server:setup": ({ server }) => {
      server.watcher.add(dataFolder);
      const reload = (/** @type {string} */ path) => {
        if (path.startsWith(dataFolder)) server.ws.send({ type: "full-reload", path: "*" });
      };
      server.watcher.on("change", reload);
      server.watcher.on("add", reload);
      server.watcher.on("unlink", reload);
    },
  },
};

/** The newest `checked` day of any dataset's metadata: when the site's figures were last checked. */
function newestDataCheck() {
  const days = readdirSync(dataFolder)
    .filter((name) => name.endsWith(".meta.json"))
    .map((name) => /"checked":\s*"(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(join(dataFolder, name), "utf8"))?.[1])
    .filter((day) => day !== undefined)
    .sort();
  return new Date(`${days.at(-1) ?? "2026-01-01"}T00:00:00Z`);
}

/** Writes dist/_headers from the built site's top-level entries (src/lib/deploy/headers.mjs says why). */
/** @type {import("astro").AstroIntegration} */
const writeHeaders = {
  name: "refugio:headers",
  hooks: {
    "astro:build:done": ({ dir }) => {
      const out = fileURLToPath(dir);
      // A Spanish "not found" page for unknown /es/ addresses: Cloudflare Pages serves the nearest
      // 404.html up the folder tree; Netlify follows the 404 rule in _redirects.
      const redirects = ["# Generated after each build (astro.config.mjs). Netlify: unknown /es/ addresses get the Spanish 404."];
      for (const lang of ["es"].filter((l) => existsSync(join(out, l)))) {
        if (!existsSync(join(out, lang, "404", "index.html"))) continue;
        copyFileSync(join(out, lang, "404", "index.html"), join(out, lang, "404.html"));
        redirects.push(`/${lang}/*  /${lang}/404.html  404`);
      }
      writeFileSync(join(out, "_redirects"), `${redirects.join("\n")}\n`);
      const isFolder = (/** @type {string} */ path) => path === "pagefind" || statSync(join(out, path)).isDirectory();
      // Pagefind writes its folder after Astro's build; it gets its rule now.
      const entries = [...new Set([...readdirSync(out), "pagefind"])].sort();
      const prefixedLangs = ["es"].filter((lang) => entries.includes(lang));
      const folders = new Set([...entries.filter(isFolder), ...prefixedLangs.flatMap((lang) => readdirSync(join(out, lang)).filter((name) => isFolder(join(lang, name))).map((name) => `${lang}/${name}`))]);
      const prefixedEntries = Object.fromEntries(prefixedLangs.map((lang) => [lang, readdirSync(join(out, lang)).sort()]));
      const children = Object.fromEntries([...folders].filter((f) => f !== "pagefind").map((folder) => [folder, readdirSync(join(out, folder)).sort()]));
      for (const [folder, names] of Object.entries(children)) for (const name of names) if (isFolder(join(folder, name))) folders.add(`${folder}/${name}`);
      writeFileSync(join(out, "_headers"), headersFile(headerRules(entries, { folders, prefixedLangs, prefixedEntries, children })));

    },
  },
};

/**
 * Which output chunk a module goes to (see vite.build.rolldownOptions below): one shared "site"
 * chunk for the code every page kind uses, so each page loads its small entry and that chunk at
 * once (no module waterfall, issue 14). Code only some pages or a click need is left to the
 * bundler, which puts it with the page's entry or, for the image export, in a chunk loaded on
 * the first click: the card layout (src/lib/cards), the map's player and state panel, the timeline.
 */
function chunkOf(/** @type {string} */ id) {
  if (/\/src\/(lib\/cards|scripts\/chart-export-card|scripts\/map-|scripts\/timeline|lib\/timeline)/.test(id)) return undefined;
  // What the timeline shares with charts (the URL's view state, filtered lists) is a chunk of its
  // own: the timeline then loads none of the charts' code (time ranges, tabs, explorer, share).
  if (/\/src\/(lib\/url\/|scripts\/filter-list)/.test(id)) return "shared";
  return /\/src\/(scripts|lib)\//.test(id) ? "site" : undefined;
}

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  // The sitemap lists every page but the embeds (they are not pages of their own).
  // writeHeaders last: it lists what the other integrations wrote (the sitemap).
  // The sitemap lists pages with their language twins (hreflang) and the day the data were last
  // checked; embeds and the noindex 404 pages are left out.
  integrations: [
    reloadOnDataEdits,
    mdx(),
    sitemap({
      filter: (page) => !page.includes("/embed/") && !/\/404\/?$/.test(page),
      i18n: { defaultLocale: "en", locales: { en: "en", es: "es-MX" } },
      lastmod: newestDataCheck(),
    }),
    writeHeaders,
  ],
  i18n: {
    locales: ["en", "es"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  // Pages render two at a time: PNG rasterising runs off the main thread (src/lib/cards/png.ts).
  // Stylesheets are inlined into each page: a render-blocking stylesheet costs a round trip before
  // the first paint (issue 14 measured 1.2 s against 0.5 s for the same chart on a bare page).
  build: { format: "directory", concurrency: 2, inlineStylesheets: "always" },
  // Tests build variants of the site (hostile data, spreadsheet-saved data) into folders of their own.
  outDir: process.env.REFUGIO_OUT_DIR ?? "./dist",
  devToolbar: { enabled: false },
  // Scripts go to files, never inline, so the site runs under `script-src 'self'` (public/_headers).
  // Every module the page scripts share goes into one chunk, so a page's script is its small entry
  // plus that one file, both requested at once: no import chain that waits for a file to arrive
  // before asking for the next (issue 14 measured chart-view then view-state arriving at ~1.9 s).
  vite: {
    build: {
      assetsInlineLimit: 0,
      // One shared chunk that every page's small entry imports at once (no module waterfall,
      // issue 14), except code only some pages or clicks need: the image export (loaded on the
      // first click), the map's player and state panel, the timeline.
      rolldownOptions: { output: { manualChunks: chunkOf } },
    },
  },
});
