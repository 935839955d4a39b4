/**
 * Runs inside /embed/ pages: applies ?theme=light|dark (allow-listed) and reports the page's
 * height to the parent window whenever it changes, as { type: "refugio:height", id, height }
 * and in the "datawrapper-height" form that many CMSs already listen for.
 */
import { embedFrameKey } from "~/lib/share/share";

const THEMES = ["light", "dark"];

export function runEmbedFrame(): void {
  const root = document.documentElement;
  const params = new URLSearchParams(window.location.search);
  // ?lang=es on an English embed (or ?lang=en on a Spanish one) opens the other language's embed.
  const lang = params.getAll("lang");
  if (lang.length === 1 && (lang[0] === "es" || lang[0] === "en") && lang[0] !== root.lang) {
    params.delete("lang");
    const path = lang[0] === "es" ? `/es${window.location.pathname}` : window.location.pathname.replace(/^\/es\//, "/");
    const query = params.toString();
    window.location.replace(`${path}${query ? `?${query}` : ""}${window.location.hash}`);
    return;
  }
  const theme = params.getAll("theme");
  if (theme.length === 1 && THEMES.includes(theme[0] as string)) root.dataset["theme"] = theme[0];
  const id = root.dataset["embedId"] ?? "";
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "refugio:height", id, height }, "*");
    window.parent.postMessage({ "datawrapper-height": { [embedFrameKey(window.location.pathname)]: height } }, "*");
  };
  // A resizer that starts after the embed has reported (an async /embed.js) asks for it again.
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || (event.data as { type?: unknown } | null)?.type !== "refugio:resend") return;
    last = 0;
    post();
  });
  new ResizeObserver(post).observe(document.body);
  window.addEventListener("load", post);
  post();
}
