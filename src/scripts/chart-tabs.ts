/**
 * Tabs of a chart page or embed. The server HTML shows every panel in order with a bar of in-page
 * links; this turns the bar into an ARIA tablist (arrow keys, Home, End; automatic activation),
 * shows only the active panel and lets the view script keep `?tab=` in the URL.
 */

function tabLinks(figure: HTMLElement): HTMLAnchorElement[] {
  return [...figure.querySelectorAll<HTMLAnchorElement>(".chart-tabs a[data-tab]")];
}

/** The panel of a tab, within this figure only (the link's href becomes a ?tab= URL, so not by href). */
function panelOf(figure: HTMLElement, link: HTMLAnchorElement): HTMLElement | null {
  const tab = link.dataset["tab"] ?? "";
  return /^[a-z]+$/.test(tab) ? figure.querySelector<HTMLElement>(`.chart-panel[data-panel="${tab}"]`) : null;
}

/** The address of the page with this tab open (the chart tab is the default and is not written). */
function tabHref(tab: string): string {
  const url = new URL(window.location.href);
  url.hash = "";
  if (tab === "chart") url.searchParams.delete("tab");
  else url.searchParams.set("tab", tab);
  return `${url.pathname}${url.search}`;
}

/** Shows one tab's panel and marks its tab selected; unknown tabs show the chart. */
export function showTab(figure: HTMLElement, tab: string): void {
  const links = tabLinks(figure);
  const active = links.find((link) => link.dataset["tab"] === tab) ?? links[0];
  for (const link of links) {
    const selected = link === active;
    link.setAttribute("aria-selected", String(selected));
    link.tabIndex = selected ? 0 : -1;
    const panel = panelOf(figure, link);
    if (panel) panel.hidden = !selected;
  }
  // Each tab stays a real link to its state, for opening in a new tab or copying.
  for (const link of links) link.setAttribute("href", tabHref(link.dataset["tab"] ?? "chart"));
}

/**
 * Makes the tab bar a tablist; `select` is called with the tab the reader picks (the view script
 * then shows it and writes the URL). Returns false when the figure has no tabs.
 */
export function enhanceTabs(figure: HTMLElement, select: (tab: string) => void): boolean {
  const links = tabLinks(figure);
  const list = figure.querySelector<HTMLElement>(".chart-tabs ul");
  if (links.length === 0 || !list) return false;
  list.setAttribute("role", "tablist");
  for (const item of list.querySelectorAll("li")) item.setAttribute("role", "presentation");
  for (const link of links) {
    const panel = panelOf(figure, link);
    link.setAttribute("role", "tab");
    if (panel) {
      link.setAttribute("aria-controls", panel.id);
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", link.id);
      panel.tabIndex = 0;
    }
  }
  figure.classList.add("is-tabbed");
  list.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>("a[data-tab]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    select(link.dataset["tab"] ?? "chart");
  });
  list.addEventListener("keydown", (event) => {
    const current = links.findIndex((link) => link === document.activeElement);
    if (current < 0) return;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: links.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = links[(next + links.length) % links.length];
    if (!target) return;
    select(target.dataset["tab"] ?? "chart");
    target.focus();
  });
  return true;
}

/**
 * The Map tab's link opens the map chart with the same view: each parameter in data-carry is
 * copied when the map accepts its value (and it is not the map's own default).
 */
export function updateMapLink(figure: HTMLElement, state: Record<string, string>): void {
  const link = figure.querySelector<HTMLAnchorElement>("a[data-map-link]");
  if (!link) return;
  let carry: Record<string, string[]> = {};
  let defaults: Record<string, string> = {};
  try {
    carry = JSON.parse(link.dataset["carry"] ?? "{}") as Record<string, string[]>;
    defaults = JSON.parse(link.dataset["mapDefaults"] ?? "{}") as Record<string, string>;
  } catch {
    return;
  }
  const query = new URLSearchParams();
  for (const [name, allowed] of Object.entries(carry)) {
    const value = state[name];
    if (value !== undefined && Array.isArray(allowed) && allowed.includes(value) && value !== defaults[name]) query.set(name, value);
  }
  const search = query.toString();
  link.href = `${link.dataset["mapLink"] ?? ""}${search ? `?${search}` : ""}`;
}
