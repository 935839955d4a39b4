import { describe, expect, it } from "vitest";
import { revisionLabel } from "~/lib/data/revision-label";
import { loadSources } from "~/lib/data/sources";

const ids = new Set(loadSources().keys());

describe("revision labels", () => {
  it("turn row keys into readers' words: periods, names, no source ids", () => {
    expect(revisionLabel("2019", ids, "en")).toBe("2019");
    expect(revisionLabel("2019 | HND", ids, "es")).toBe("2019, Honduras");
    expect(revisionLabel("2022-01-01 | 2022-12-31 | requests | efe-2024-01-comar-2023-record", ids, "en")).toBe("2022, requests");
    expect(revisionLabel("2019-10 | asylumaccess-2020-01-comar-backlog", ids, "en")).toBe("October 2019");
  });
  it("never print a raw key with a pipe or a registered source id", () => {
    for (const source of ids) expect(revisionLabel(`crimes-reported | 2014-01 | 2016-12 | ${source}`, ids, "en")).toBe("2014–2016, crimes reported");
  });
});
