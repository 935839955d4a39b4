// What the benchmark injects into every page before its own code runs (Playwright's init script).
//
// Method. SVG charts are not Largest Contentful Paint or Element Timing candidates (only text and
// images are), so the probe watches rendering frames itself: from the document's creation, every
// requestAnimationFrame callback looks for the first chart SVG that is laid out, at least 100×40
// CSS px, and visible (Element.checkVisibility: not display:none, not hidden, not transparent).
// rAF callbacks run inside "update the rendering", just before style, layout and paint of that
// frame, and Chromium runs none while a stylesheet still blocks rendering; so the first frame whose
// rAF sees the SVG visible is the frame that paints it. The time recorded is taken right after that
// frame's rendering step (a message posted from the rAF callback is delivered after paint), in ms
// since navigation start: the moment the chart is on screen, as far as the page can observe it.
// First paint and first contentful paint (Paint Timing) are recorded beside it as a cross-check.

/** The probe, as a function Playwright serialises into the page. */
export function paintProbe() {
  const MIN_WIDTH = 100;
  const MIN_HEIGHT = 40;
  const state = { chartPaint: undefined, inViewport: undefined, svg: undefined, paints: {} };
  Object.defineProperty(window, "__benchPaint", { value: state });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.paints[entry.name] = entry.startTime;
  }).observe({ type: "paint", buffered: true });

  const firstVisibleChart = () => {
    for (const svg of document.querySelectorAll("svg")) {
      if (svg.parentElement?.closest("svg")) continue;
      const box = svg.getBoundingClientRect();
      if (box.width < MIN_WIDTH || box.height < MIN_HEIGHT) continue;
      if (!svg.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      return { svg, box };
    }
    return undefined;
  };
  const frame = () => {
    const found = firstVisibleChart();
    if (!found) {
      requestAnimationFrame(frame);
      return;
    }
    state.inViewport = found.box.top < innerHeight && found.box.bottom > 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.chartPaint = performance.now();
      // Serialised after the time is taken: a 100 KB SVG costs milliseconds at 4× slowdown.
      state.svg = found.svg.outerHTML;
    };
    channel.port2.postMessage(undefined);
  };
  requestAnimationFrame(frame);
}
