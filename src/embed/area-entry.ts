/**
 * Bundled to /embed-area.js, which embed-frame.js loads for an embed with ?static=1 and
 * ?area=: it highlights the area asked for, as the chart island would, and adds no
 * interaction (no picker, tooltips or keyboard walk).
 */
import { highlightAsked } from "../client/area-picker.ts";
import { CHART_SELECTOR } from "../client/chart-figure.ts";

for (const figure of document.querySelectorAll<HTMLElement>(CHART_SELECTOR)) void highlightAsked(figure, location.search);
