import { describe, expect, it } from "vitest";
import { chartTabs, numberFromText, panelId, tabView } from "~/lib/charts/tabs";
import { parseViewState, serializeViewState } from "~/lib/url/view-state";

describe("chart tabs", () => {
  it("has a Map tab only for charts whose rows have places", () => {
    expect(chartTabs(false)).toEqual(["chart", "table", "sources"]);
    expect(chartTabs(true)).toEqual(["chart", "table", "map", "sources"]);
  });

  it("keeps the tab in the URL, never writing the default, refusing tabs the chart lacks", () => {
    const view = tabView(chartTabs(false));
    expect(serializeViewState({ tab: "table" }, [view])).toBe("?tab=table");
    expect(serializeViewState({ tab: "chart" }, [view])).toBe("");
    const parsed = parseViewState("?tab=map", [view]);
    expect(parsed.state["tab"]).toBe("chart");
    expect(parsed.dropped).toEqual(["tab"]);
    expect(parseViewState("?tab=%3Cscript%3E", [view]).state["tab"]).toBe("chart");
    expect(parseViewState("?tab=sources", [view]).state["tab"]).toBe("sources");
  });

  it("names panels after the chart", () => {
    expect(panelId("impunity", "table")).toBe("chart-impunity-table");
  });

  it("reads a sort number from formatted cells", () => {
    expect(numberFromText("1,234")).toBe(1234);
    expect(numberFromText("12.5%")).toBe(12.5);
    expect(numberFromText("−3")).toBe(-3);
    expect(numberFromText("≥ 4,000")).toBe(4000);
    expect(numberFromText("—")).toBeUndefined();
    expect(numberFromText("No data")).toBeUndefined();
  });
});
