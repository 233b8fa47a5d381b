/**
 * Series colours are CSS custom properties, so one inline SVG follows the light, dark
 * and print schemes of the one palette (src/styles/palette.ts); standalone files (SVG,
 * PNG) substitute the light values from LIGHT below.
 */
import { LIGHT_SCHEME } from "../../styles/palette.ts";

export const SERIES_COLOURS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)", "var(--series-5)"] as const;

/** Dash patterns used alongside colour, so no series is told apart by colour alone. */
export const SERIES_DASHES = [undefined, "6,3", "2,3", "8,3,2,3", "12,4"] as const;

/** The light scheme's values by custom property ("--series-1"), for files shown outside the site's stylesheet. */
export const LIGHT: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LIGHT_SCHEME).map(([name, colour]) => [`--${name}`, colour]));

/** The colour of series `i`, cycling through the palette. */
export function seriesColour(i: number): string {
  return SERIES_COLOURS[i % SERIES_COLOURS.length]!;
}

/** The dash pattern of series `i` (undefined: solid). */
export function seriesDash(i: number): string | undefined {
  return SERIES_DASHES[i % SERIES_DASHES.length];
}
