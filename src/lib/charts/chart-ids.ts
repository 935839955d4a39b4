// No imports: the data layer checks chart ids in policy-events.csv against this list.

/** Chart ids are URL slugs and fixed by the product brief (DESIGN.md). */
export const CHART_IDS = [
  "asylum-requests-by-year",
  "asylum-requests-by-month",
  "asylum-requests-by-nationality",
  "asylum-requests-by-nationality-lines",
  "asylum-requests-by-office",
  "asylum-requests-by-office-lines",
  "comar-budget-vs-requests",
  "comar-backlog",
  "recognition-by-nationality",
  "detention-overcrowding",
  "detentions-by-year",
  "detentions-2019-by-month",
  "deportations-by-year",
  "remain-in-mexico",
  "deportations-to-mexico",
  "children-detained",
  "impunity",
  "map-comar-offices",
  "map-requests-by-state",
  "map-detention",
] as const;
export type ChartId = (typeof CHART_IDS)[number];
