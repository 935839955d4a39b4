import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertBuilt, DIST, htmlPages } from "./site";

/**
 * The W3C Nu HTML Checker (npm vnu-jar; needs a Java runtime: apt default-jre-headless) over
 * every built page, both languages: zero errors.
 */
assertBuilt();
const require = createRequire(import.meta.url);
const VNU = require.resolve("vnu-jar/build/dist/vnu.jar");

describe("W3C Nu validator", () => {
  it("finds no error on any built page", () => {
    const pages = htmlPages().map((page) => join(DIST, page));
    expect(pages.length).toBeGreaterThan(100);
    let report = "";
    try {
      // vnu prints its JSON report on stderr and exits 1 when it finds errors.
      // Its CSS checker predates container queries (CSS Containment 3, in every current browser),
      // which the pages' inlined stylesheet uses for the compact/wide charts: those two messages only.
      const containerQueries = ".*(Unrecognized at-rule “@container”|Property “container-type” doesn't exist).*";
      execFileSync("java", ["-jar", VNU, "--errors-only", "--format", "json", "--filterpattern", containerQueries, ...pages], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      report = String((error as { stderr?: string }).stderr ?? error);
    }
    const messages = report ? (JSON.parse(report) as { messages: Array<{ url: string; message: string; lastLine?: number }> }).messages : [];
    expect(messages.map((m) => `${m.url.replace(`file:${DIST}`, "")}:${m.lastLine ?? "?"} ${m.message}`)).toEqual([]);
  }, 120_000);
});
