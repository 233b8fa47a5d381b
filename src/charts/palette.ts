/**
 * Series colours are CSS custom properties, so one inline SVG follows the light, dark
 * and print schemes set in the site's stylesheet. The values there come from the
 * Okabe–Ito colour-blind-safe palette, darkened on light backgrounds for 4.5:1 text contrast.
 */
export const SERIES_COLOURS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)"] as const;

/** Dash patterns used alongside colour, so no series is told apart by colour alone. */
export const SERIES_DASHES = [undefined, "6,3", "2,3", "8,3,2,3"] as const;
