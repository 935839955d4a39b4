import { SET_SEPARATOR } from "~/lib/url/view-state";
import { VIEW_APPLIED_EVENT } from "./chart-view";

/** Lower case without accents, so "peru" finds "Perú" and "haiti" finds "Haití". */
const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim();

/**
 * Drives one SetPicker (src/components/charts/SetPicker.astro). Keyboard: type to filter;
 * Down/Up open the list and move the active option; Enter toggles it (or the only match);
 * Space toggles it once the arrows have moved there (before that Space types, for
 * "El Salvador"); Escape closes the list, or clears the filter when closed; Tab leaves.
 * Pointer and touch: tap the field or the arrow to open, tap an option to toggle it.
 * The chosen set is written to the hidden input and announced by a "change" event, which the
 * view script turns into the URL; it refuses an empty set and one above the cap, and says so.
 */
function enhancePicker(root: HTMLElement, figure: HTMLElement): void {
  const hidden = root.querySelector<HTMLInputElement>('input[type="hidden"][data-param]');
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = root.querySelector<HTMLElement>('[role="listbox"]');
  const toggleButton = root.querySelector<HTMLButtonElement>(".set-picker-toggle");
  const empty = root.querySelector<HTMLElement>(".set-picker-empty");
  const status = root.querySelector<HTMLElement>(".set-picker-status");
  if (!hidden || !input || !list) return;
  const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const max = Number(root.dataset["max"]) || options.length;
  let active: HTMLElement | undefined;
  // Space toggles only after the arrows chose an option; typed spaces filter.
  let navigated = false;

  const chosen = () => hidden.value.split(SET_SEPARATOR).filter(Boolean);
  const visible = () => options.filter((option) => !option.hidden);
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const countText = () => (root.dataset["msgChosen"] ?? "").replace("{count}", String(chosen().length));

  const sync = () => {
    const set = chosen();
    for (const option of options) option.setAttribute("aria-selected", String(set.includes(option.dataset["value"] ?? "")));
    say(countText());
  };

  const setActive = (option: HTMLElement | undefined) => {
    active?.classList.remove("is-active");
    active = option;
    if (option) {
      option.classList.add("is-active");
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    toggleButton?.setAttribute("aria-expanded", String(open));
    if (empty) empty.hidden = !open || visible().length > 0;
    if (!open) {
      setActive(undefined);
      navigated = false;
    }
  };

  const filter = () => {
    const query = fold(input.value);
    for (const option of options) option.hidden = query !== "" && !fold(option.textContent ?? "").includes(query);
    if (empty) empty.hidden = list.hidden || visible().length > 0;
    if (active?.hidden) setActive(undefined);
  };

  const toggle = (option: HTMLElement) => {
    const value = option.dataset["value"] ?? "";
    const set = chosen();
    let next: string[];
    if (set.includes(value)) {
      if (set.length <= 1) return say(root.dataset["msgAtLeast"] ?? "");
      next = set.filter((item) => item !== value);
    } else {
      if (set.length >= max) return say(root.dataset["msgAtMost"] ?? "");
      next = [...set, value];
    }
    // Canonical order is the options' order (the parameter's allow-list).
    hidden.value = options.map((o) => o.dataset["value"] ?? "").filter((v) => next.includes(v)).join(SET_SEPARATOR);
    hidden.dispatchEvent(new Event("change", { bubbles: true }));
  };

  const move = (step: 1 | -1) => {
    if (list.hidden) setOpen(true);
    const shown = visible();
    if (shown.length === 0) return;
    const index = active ? shown.indexOf(active) : -1;
    setActive(shown[Math.min(shown.length - 1, Math.max(0, index + step))] ?? shown[0]);
    navigated = true;
  };

  input.addEventListener("input", () => {
    setOpen(true);
    filter();
    navigated = false;
    const shown = visible();
    setActive(shown.length === 1 ? shown[0] : undefined);
  });
  input.addEventListener("click", () => setOpen(true));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") move(1);
    else if (event.key === "ArrowUp") move(-1);
    else if (event.key === "Enter" && !list.hidden && active) toggle(active);
    else if (event.key === " " && !list.hidden && active && navigated) toggle(active);
    else if (event.key === "Escape" && !list.hidden) setOpen(false);
    else if (event.key === "Escape" && input.value) {
      input.value = "";
      filter();
    } else if (event.key === "Tab") {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  });
  toggleButton?.addEventListener("click", () => {
    setOpen(list.hidden !== false);
    input.focus();
  });
  // Focus stays in the field: options are chosen by pointer without taking it.
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    if (!option) return;
    setActive(option);
    toggle(option);
  });
  document.addEventListener("click", (event) => {
    if (!root.contains(event.target as Node)) setOpen(false);
  });
  figure.addEventListener(VIEW_APPLIED_EVENT, sync);
  sync();
}

/** Every set picker in a chart figure. */
export function enhanceSetPickers(figure: HTMLElement): void {
  for (const root of figure.querySelectorAll<HTMLElement>("[data-set-picker]")) enhancePicker(root, figure);
}
