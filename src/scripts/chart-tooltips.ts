/**
 * Tooltips for server-rendered chart marks. Marks that carry a <title> (Plot's `title`
 * channel) become focusable images named by that text, so keyboard and screen-reader users
 * reach every value; a visible tooltip follows hover, focus and touch. The SVG root changes
 * from one image to a group of them, keeping the summary as its name.
 */
let tooltip: HTMLDivElement | undefined;
/** The mark whose tooltip is showing, so scrolling can move the tooltip with it. */
let current: SVGElement | undefined;
/** Page-wide listeners are added once, however many charts the page has. */
let listening = false;

function tooltipElement(): HTMLDivElement {
  if (!tooltip) {
    tooltip = document.createElement("div");
    tooltip.className = "chart-tooltip";
    tooltip.setAttribute("aria-hidden", "true");
    tooltip.hidden = true;
    document.body.append(tooltip);
  }
  return tooltip;
}

function show(mark: SVGElement): void {
  current = mark;
  const tip = tooltipElement();
  tip.textContent = mark.getAttribute("aria-label") ?? "";
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
  const top = box.top - tip.offsetHeight - 8;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${(top < 8 ? box.bottom + 8 : top) + window.scrollY}px`;
}

function hide(): void {
  current = undefined;
  if (tooltip) tooltip.hidden = true;
}

export function enhanceTooltips(figure: HTMLElement): void {
  for (const svg of figure.querySelectorAll<SVGSVGElement>(".chart-svg svg")) {
    const marks = [...svg.querySelectorAll<SVGElement>("title")].map((title) => {
      const mark = title.parentElement as unknown as SVGElement;
      mark.setAttribute("aria-label", title.textContent ?? "");
      title.remove(); // the custom tooltip replaces the browser's
      return mark;
    });
    if (marks.length === 0) continue;
    svg.setAttribute("role", "group");
    for (const mark of marks) {
      mark.setAttribute("role", "img");
      mark.setAttribute("tabindex", "0");
      mark.classList.add("is-interactive");
      mark.addEventListener("focus", () => show(mark));
      mark.addEventListener("blur", hide);
      mark.addEventListener("pointerenter", () => show(mark));
      mark.addEventListener("pointerleave", hide);
      mark.addEventListener("pointerdown", () => show(mark));
    }
  }
  if (listening) return;
  listening = true;
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
  // Focusing a mark can scroll the page; the tooltip follows a focused mark and closes otherwise.
  window.addEventListener("scroll", () => (current && document.activeElement === current ? show(current) : hide()), { passive: true });
}
