/**
 * Site search with Pagefind: a static index built from dist/ after the build (`pagefind --site
 * dist`), served from /pagefind/ on our own origin. The UI script is loaded only on /search/.
 */
interface PagefindUIConstructor {
  new (options: { element: string; showSubResults: boolean; showImages: boolean; translations?: Record<string, string> }): unknown;
}

export function startSearch(): void {
  const script = document.createElement("script");
  script.src = "/pagefind/pagefind-ui.js";
  script.addEventListener("load", () => {
    const UI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
    if (!UI) return;
    new UI({ element: "#search", showSubResults: true, showImages: false });
    const params = new URLSearchParams(window.location.search);
    const query = params.get("q");
    const input = document.querySelector<HTMLInputElement>("#search input");
    // Pagefind's input has only hint text; give it a real accessible name.
    input?.setAttribute("aria-label", document.querySelector<HTMLElement>("#search")?.dataset["label"] ?? "Search");
    if (input && query && query.length <= 200) {
      input.value = query;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });
  document.head.append(script);
}
