import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSources } from "~/lib/data/sources";
import { resolveStat } from "~/lib/stats/stat";

const ROOT = "content/explainers";
const files = readdirSync(ROOT, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx") && !f.split("/").pop()?.startsWith("_"));

function split(text: string): { front: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error("missing frontmatter");
  return { front: match[1] as string, body: match[2] as string };
}

/** Prose with every component, its attributes and its children's markup removed. */
function prose(body: string): string {
  return body
    .replace(/^import .*$/gm, "")
    .replace(/<Quote[\s\S]*?<\/Quote>/g, " ")
    .replace(/<KeyFigure[\s\S]*?<\/KeyFigure>/g, " ")
    .replace(/<[A-Z][^>]*\/>/g, " ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\]\([^)]*\)/g, "]");
}

/** Numbers a writer may type: years (1948–2099) — anything else ≥ 100 must come from a <Stat>. */
const YEAR = /^(19[4-9]\d|20\d\d)$/;

describe("explainers", () => {
  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const text = readFileSync(join(ROOT, file), "utf8");
    const { front, body } = split(text);

    it(`${file}: types no number of 100 or more outside a <Stat> (years excepted)`, () => {
      const numbers = (prose(body).match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/[.,]$/, ""));
      const bare = numbers.filter((n) => Number(n.replace(/,/g, "")) >= 100 && !YEAR.test(n));
      expect(bare).toEqual([]);
    });

    it(`${file}: every <Stat> resolves to data, every <Cite> to a listed, registered source`, () => {
      for (const match of body.matchAll(/<(?:Stat|KeyFigure)\s([^>]*?)\/?>/g)) {
        const attributes = Object.fromEntries([...(match[1] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        expect(() => resolveStat(attributes, "en"), match[0]).not.toThrow();
      }
      const listed = /sources:\s*\[([^\]]*)\]/.exec(front)?.[1]?.match(/"([^"]+)"/g)?.map((s) => s.slice(1, -1)) ?? [];
      for (const match of body.matchAll(/<Cite id="([^"]+)"/g)) {
        expect(listed, `${match[1]} not in frontmatter sources`).toContain(match[1]);
        expect(loadSources().has(match[1] as string)).toBe(true);
      }
    });

    it(`${file}: quotes are short`, () => {
      for (const match of body.matchAll(/<Quote[^>]*>([\s\S]*?)<\/Quote>/g)) expect((match[1] ?? "").trim().split(/\s+/).length, match[1]).toBeLessThanOrEqual(40);
    });
  }

  it("cite each of the five reports in at least one explainer", () => {
    const all = files.map((f) => readFileSync(join(ROOT, f), "utf8")).join("\n");
    for (const id of ["wola-2020-beyond-the-wall", "kbi-2017-asylum-seekers", "ri-2020-new-way-forward", "conversation-2018-country-of-refuge", "hrw-2021-abuses-us-border"]) {
      expect(all, id).toContain(`<Cite id="${id}"`);
    }
  });
});
