/**
 * Series colours are CSS custom properties, so one inline SVG follows the light, dark
 * and print schemes set in src/styles/charts.css. The values there come from the
 * Okabe–Ito colour-blind-safe palette, darkened on light backgrounds for 4.5:1 text
 * contrast; standalone files (SVG, PNG) substitute the light values from LIGHT below.
 */
export const SERIES_COLOURS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)", "var(--series-5)"] as const;

/** Dash patterns used alongside colour, so no series is told apart by colour alone. */
export const SERIES_DASHES = [undefined, "6,3", "2,3", "8,3,2,3", "12,4"] as const;

/** The light scheme's values, for files shown outside the site's stylesheet. */
export const LIGHT: Readonly<Record<string, string>> = {
  "--series-1": "#005a9c",
  "--series-2": "#a14600",
  "--series-3": "#6b3f98",
  "--series-4": "#00704f",
  "--series-5": "#5c5c5c",
  "--bg": "#ffffff",
  "--fg": "#1b1b1b",
  "--muted": "#4a4a4a",
};

/** The colour of series `i`, cycling through the palette. */
export function seriesColour(i: number): string {
  return SERIES_COLOURS[i % SERIES_COLOURS.length]!;
}

/** The dash pattern of series `i` (undefined: solid). */
export function seriesDash(i: number): string | undefined {
  return SERIES_DASHES[i % SERIES_DASHES.length];
}
