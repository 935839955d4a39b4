import { describe, expect, it } from "vitest";
import { periodLabel } from "~/lib/format/periods";

describe("periodLabel", () => {
  it("names whole years, month spans and longer periods", () => {
    expect(periodLabel("en", "2021-01-01", "2021-12-31", false)).toBe("2021");
    expect(periodLabel("en", "2014-01-01", "2016-12-31", false)).toBe("2014–2016");
    expect(periodLabel("en", "2021-01-01", "2021-07-31", false)).toBe("January–July 2021");
    expect(periodLabel("en", "2021-01-01", "2021-07-31", true)).toBe("Jan–Jul 2021");
    expect(periodLabel("es", "2021-01-01", "2021-07-31", false)).toBe("enero a julio de 2021");
    expect(periodLabel("en", "2019-06-01", "2021-03-31", false)).toBe("June 2019 – March 2021");
    expect(periodLabel("en", "2020-01-01", "2020-01-31", true)).toBe("Jan 2020");
    expect(periodLabel("es", "2020-01-01", "2020-01-31", true)).toBe("ene 2020");
    expect(periodLabel("en", "2020-01-01", "2020-01-31", false)).toBe("January 2020");
    expect(periodLabel("es", "2020-01-01", "2020-01-31", false)).toBe("enero de 2020");
  });
});
