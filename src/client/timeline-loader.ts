/**
 * Loads the timeline's zoom, pan and filter island when the reader first reaches for the
 * timeline (pointer over it, focus into it, or a touch), not at page start. The island
 * needs d3-zoom and d3-scale, about 25 KB gzip; the drawing and the list are complete
 * without it, so readers who never touch the timeline never pay for it.
 */
const host = document.querySelector("timeline-chart");
if (host) {
  let loading: Promise<unknown> | undefined;
  const load = () => {
    loading ??= import("./timeline-chart.ts");
  };
  for (const type of ["pointerenter", "focusin", "touchstart"]) host.addEventListener(type, load, { once: true, passive: true });
}
