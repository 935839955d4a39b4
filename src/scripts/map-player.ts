import { setViewParam } from "./map-view-input";

/** How long each year stays on screen while playing (ms). */
const STEP_MS = 1500;

/**
 * Plays the atlas through its years: play/pause advances the year select every STEP_MS and stops
 * at the last year (pressing play there starts again from the first); the step buttons move one
 * year. Each step goes through the select, so `?year=` follows. With prefers-reduced-motion the
 * play button is hidden and nothing advances by itself.
 */
export function enhanceMapPlayer(figure: HTMLElement): void {
  const player = figure.querySelector<HTMLElement>(".map-player");
  const years = figure.querySelector<HTMLSelectElement>('select[data-param="year"]');
  const play = player?.querySelector<HTMLButtonElement>("[data-map-play]");
  if (!player || !years || !play) return;
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  play.hidden = reduced;
  player.hidden = false;
  let timer: number | undefined;
  const values = () => [...years.options].map((option) => option.value);
  const step = (by: number) => {
    const list = values();
    const next = list[list.indexOf(years.value) + by];
    if (next === undefined) return false;
    return setViewParam(figure, "year", next);
  };
  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = play.dataset["labelPlay"] ?? play.textContent;
  };
  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    const list = values();
    if (years.value === list.at(-1) && list[0] !== undefined) setViewParam(figure, "year", list[0]);
    play.textContent = play.dataset["labelPause"] ?? play.textContent;
    timer = window.setInterval(() => {
      if (!step(1) || years.value === values().at(-1)) stop();
    }, STEP_MS);
  });
  for (const button of player.querySelectorAll<HTMLButtonElement>("[data-map-step]")) {
    button.addEventListener("click", () => {
      stop();
      step(Number(button.dataset["mapStep"]));
    });
  }
  // Choosing a year by hand ends the play-through.
  years.addEventListener("change", (event) => {
    if (event.isTrusted) stop();
  });
}
