import type { ViewLabels } from "~/lib/charts/types";
import type { ViewParam, ViewState } from "~/lib/url/view-state";

/**
 * The view a card shows, in words, for the row under its title ("Year: 2021 · Highlight: Haiti"):
 * the data drawn can differ from the default view that the key sentence describes. Only choices
 * away from the default, and only single choices: layers show in the legend, the events toggle
 * on the chart itself.
 */
export function viewDescription(views: readonly ViewParam[], labels: Record<string, ViewLabels>, state: ViewState): string {
  return views
    .filter((view) => !view.list && !isToggle(view) && state[view.name] !== undefined && state[view.name] !== view.fallback)
    .map((view) => {
      const label = labels[view.name];
      const value = state[view.name] as string;
      return label ? `${label.label}: ${label.options[value] ?? value}` : "";
    })
    .filter(Boolean)
    .join(" · ");
}

const isToggle = (view: ViewParam) => view.values.length === 2 && view.values.includes("on") && view.values.includes("off");
