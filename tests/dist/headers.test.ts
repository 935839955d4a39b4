import { join } from "node:path";
import { parseAllHeaders } from "@netlify/headers-parser";
import { describe, expect, it } from "vitest";
import { assertBuilt, DIST, distFiles, readDist } from "./site";

/**
 * dist/_headers as the two hosts that read it apply it. Both apply every rule whose path matches
 * a request and join repeated headers, so each path must get exactly one Content-Security-Policy
 * and one Cache-Control; embeds must be frameable by any site, every other page only by this one;
 * search (Pagefind's WebAssembly) must be allowed. Netlify's matching is its own parser's
 * (@netlify/headers-parser); Cloudflare's is its documented rule: `*` matches any characters.
 */
assertBuilt();

/** The address a built file is served at ("/charts/x/index.html" → "/charts/x/"). */
const urlOf = (file: string) => file.replace(/index\.html$/, "");
const urls = [...new Set(distFiles().filter((f) => f !== "/_headers" && f !== "/_redirects").map(urlOf))];

type Rule = { for: string; values: Record<string, string>; forRegExp?: RegExp };
const cloudflareMatches = (pattern: string, url: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(url);

function headersFor(url: string, rules: Rule[], matches: (rule: Rule, url: string) => boolean): Record<string, string[]> {
  const applied: Record<string, string[]> = {};
  for (const rule of rules.filter((r) => matches(r, url))) {
    for (const [name, value] of Object.entries(rule.values)) (applied[name.toLowerCase()] ??= []).push(value);
  }
  return applied;
}

describe("dist/_headers", async () => {
  const parsed = await parseAllHeaders({ headersFiles: [join(DIST, "_headers")], configHeaders: [], minimal: false });
  const rules = parsed.headers as Rule[];
  const hosts: Array<[string, (rule: Rule, url: string) => boolean]> = [
    ["Netlify (its own parser)", (rule, url) => rule.forRegExp?.test(url) ?? false],
    ["Cloudflare Pages (splat rule)", (rule, url) => cloudflareMatches(rule.for, url)],
  ];

  it("parses without errors in Netlify's parser and uses no removal lines (Netlify drops them)", () => {
    expect(parsed.errors).toEqual([]);
    expect(rules.length).toBeGreaterThan(20);
    expect(readDist("/_headers")).not.toMatch(/^\s*!/m);
  });

  for (const [host, matches] of hosts) {
    it(`${host}: one Cache-Control on every file, one CSP on every page`, () => {
      const problems: string[] = [];
      for (const url of urls) {
        const h = headersFor(url, rules, matches);
        if ((h["cache-control"] ?? []).length !== 1) problems.push(`${url}: ${h["cache-control"]?.length ?? 0} Cache-Control`);
        if (url.endsWith("/") && (h["content-security-policy"] ?? []).length !== 1) problems.push(`${url}: ${h["content-security-policy"]?.length ?? 0} CSP`);
        if ((h["x-content-type-options"] ?? []).length !== 1) problems.push(`${url}: nosniff ×${h["x-content-type-options"]?.length ?? 0}`);
      }
      expect(problems).toEqual([]);
    });

    it(`${host}: embeds frameable by any site, every other page only by this one, search allowed`, () => {
      const problems: string[] = [];
      for (const url of urls.filter((u) => u.endsWith("/"))) {
        const h = headersFor(url, rules, matches);
        const csp = h["content-security-policy"]?.[0] ?? "";
        const embed = /^\/(es\/)?embed\//.test(url);
        if (embed && (!csp.includes("frame-ancestors *") || h["x-frame-options"])) problems.push(`${url}: embed not frameable`);
        if (!embed && (!csp.includes("frame-ancestors 'self'") || h["x-frame-options"]?.[0] !== "SAMEORIGIN")) problems.push(`${url}: page frameable by others`);
        if (!/script-src [^;]*'wasm-unsafe-eval'/.test(csp)) problems.push(`${url}: no wasm for search`);
      }
      expect(problems).toEqual([]);
      expect(urls.filter((u) => /^\/(es\/)?embed\/.+\/$/.test(u)).length).toBeGreaterThan(30);
    });

    it(`${host}: immutable caching for fingerprinted assets, an hour for data downloads (with CORS), revalidation for pages`, () => {
      const cache = (url: string) => headersFor(url, rules, matches)["cache-control"]?.[0];
      const asset = urls.find((u) => u.startsWith("/_astro/"));
      expect(asset && cache(asset)).toMatch(/immutable/);
      expect(cache("/data/asylum-requests-by-year.csv")).toMatch(/max-age=3600/);
      expect(headersFor("/data/asylum-requests-by-year.json", rules, matches)["access-control-allow-origin"]).toEqual(["*"]);
      expect(cache("/data/")).toMatch(/max-age=0/);
      expect(cache("/")).toMatch(/max-age=0/);
    });
  }
});
