// @ts-check
/**
 * The HTTP headers of the deployed site, defined once and written to dist/_headers (the file
 * Netlify and Cloudflare Pages read) after each build.
 *
 * Why generated: both hosts apply *every* rule whose path matches, and join two values of one
 * header (Cloudflare with a comma; Chromium then enforces both CSPs, so a site-wide
 * `frame-ancestors 'self'` blocks every embed). Netlify ignores `! Header` removals. So no two
 * rules here ever set the same header on the same path: the catch-all carries only the headers
 * that are the same everywhere, and each top-level entry of dist/ gets exactly one rule with its
 * own Content-Security-Policy, framing and Cache-Control.
 */

/** CSP shared by every kind of page. Pagefind (search) needs WebAssembly: 'wasm-unsafe-eval'. */
const CSP_BASE = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'wasm-unsafe-eval'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** @type {Record<string, Record<string, string>>} */
export const HEADER_SETS = {
  /** Headers every response carries, whatever it is. */
  everywhere: {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  },
  /** Pages of the site: framed only by the site itself; always revalidated. */
  page: {
    "Content-Security-Policy": `${CSP_BASE}; frame-ancestors 'self'`,
    "X-Frame-Options": "SAMEORIGIN",
    "Cache-Control": "public, max-age=0, must-revalidate",
  },
  /** Embeds: framed by any site (newsrooms, CMSs). */
  embed: {
    "Content-Security-Policy": `${CSP_BASE}; frame-ancestors *`,
    "Cache-Control": "public, max-age=0, must-revalidate",
  },
  /** Fingerprinted build assets never change. */
  asset: {
    "Cache-Control": "public, max-age=31536000, immutable",
  },
  /** Data downloads: fresh within an hour, usable stale for a day; fetchable from notebooks and other sites. */
  data: {
    "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
    "Access-Control-Allow-Origin": "*",
  },
};

/** Which set each top-level entry of dist/ gets (anything not listed is a page). */
const KIND_OF_ENTRY = { embed: "embed", _astro: "asset", data: "data" };

/**
 * The rules for a built site whose top-level entries (files and folders of dist/) are given, for
 * the languages whose pages live under a prefix ("es").
 * @param {string[]} entries top-level names in dist/, e.g. ["index.html", "charts", "es", …]
 * @param {{ folders: Set<string>, prefixedLangs: string[], prefixedEntries: Record<string, string[]>, children: Record<string, string[]> }} layout
 * @returns {Array<{ path: string, kind: string }>}
 */
export function headerRules(entries, layout) {
  /** @type {Array<{ path: string, kind: string }>} */
  const rules = [];
  /** @param {string} prefix @param {string} name @param {boolean} folder @param {string[]} siblings */
  const add = (prefix, name, folder, siblings) => {
    const kind = /** @type {Record<string, string>} */ (KIND_OF_ENTRY)[name] ?? "page";
    if (name === "_headers" || name === "_redirects") return;
    if (name === "index.html") rules.push({ path: `${prefix}/`, kind });
    if (kind === "data" && folder) {
      // The catalog page /data/ is a page; only the files in it are downloads.
      rules.push({ path: `${prefix}/${name}/`, kind: "page" });
      for (const extension of ["csv", "json"]) rules.push({ path: `${prefix}/${name}/*.${extension}`, kind });
      return;
    }
    // Netlify reads "/embed/*" as "/embed" followed by anything, so it would also match the
    // file "/embed.js": a folder whose name starts another entry's name gets one rule per child.
    const shadows = folder && siblings.some((other) => other !== name && other.startsWith(`${name}.`));
    if (shadows) {
      const key = prefix ? `${prefix.slice(1)}/${name}` : name;
      const children = layout.children[key] ?? [];
      for (const child of children) {
        if (child === "index.html") rules.push({ path: `${prefix}/${name}/`, kind });
        const isFolder = layout.folders.has(`${key}/${child}`);
        // The same one level down: "/embed/x/*" would also match "/embed/x-lines/". Such a folder
        // (a chart's embed) holds only its page, so its page URL is the rule; the headers test
        // checks that every built file still gets exactly one.
        const shadowsChild = isFolder && children.some((other) => other !== child && other.startsWith(child));
        if (shadowsChild) rules.push({ path: `${prefix}/${name}/${child}/`, kind });
        else rules.push({ path: isFolder ? `${prefix}/${name}/${child}/*` : `${prefix}/${name}/${child}`, kind });
      }
      return;
    }
    rules.push({ path: folder ? `${prefix}/${name}/*` : `${prefix}/${name}`, kind });
  };
  for (const name of entries) {
    if (layout.prefixedLangs.includes(name)) continue;
    add("", name, layout.folders.has(name), entries);
  }
  for (const lang of layout.prefixedLangs) {
    const siblings = layout.prefixedEntries[lang] ?? [];
    for (const name of siblings) add(`/${lang}`, name, layout.folders.has(`${lang}/${name}`), siblings);
  }
  return rules;
}

/**
 * The _headers file: one catch-all with the headers shared everywhere, then one rule per path
 * with its kind's headers.
 * @param {Array<{ path: string, kind: string }>} rules
 */
export function headersFile(rules) {
  /** @param {string} path @param {Record<string, string>} set */
  const block = (path, set) => [path, ...Object.entries(set).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  return [
    "# Generated after each build by src/lib/deploy/headers.mjs: edit that file, not this one.",
    "# Netlify and Cloudflare Pages apply every matching rule; no two rules set one header on one path.",
    block("/*", HEADER_SETS["everywhere"] ?? {}),
    ...rules.map((rule) => block(rule.path, HEADER_SETS[rule.kind] ?? {})),
    "",
  ].join("\n\n");
}
