import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "~/lib/data/errors";

describe("README's list of data rules", () => {
  it("names every rule the data layer reports, and no other", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Data rules"), readme.indexOf("## Add a dataset"));
    const documented = [...section.matchAll(/^\| (`[a-z-]+`(?: \/ `[a-z-]+`)*) \|/gm)].flatMap((m) => [...(m[1] as string).matchAll(/`([a-z-]+)`/g)].map((r) => r[1]));
    expect([...documented].sort()).toEqual([...RULES].sort());
  });
});
