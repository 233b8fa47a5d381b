/**
 * The site's colours, defined once: the light and dark schemes, what print changes, and
 * the embed's ?theme= override. Pages (site and embed alike) get them as CSS custom
 * properties from paletteCss(), written into every page's head by PageHead.astro; the
 * stylesheets and the inline chart SVGs only ever use the properties. Standalone files
 * (SVG, PNG), which have no stylesheet, take the light values (src/charts/drawing/palette.ts).
 *
 * Series hues are Okabe–Ito's colour-blind-safe palette, darkened on the light background
 * for at least 4.5:1 text contrast (a unit test checks every pair).
 */

/** A colour scheme: custom property name (without "--") to colour. */
export type Scheme = Readonly<Record<string, string>>;

/** The light scheme, the default. */
export const LIGHT_SCHEME: Scheme = {
  bg: "#ffffff",
  fg: "#1b1b1b",
  muted: "#4a4a4a",
  rule: "#c8c8c8",
  link: "#0b4f8a",
  "link-visited": "#5a2d82",
  focus: "#ffbf47",
  panel: "#f3f2f1",
  "series-1": "#005a9c",
  "series-2": "#a14600",
  "series-3": "#6b3f98",
  "series-4": "#00704f",
  "series-5": "#5c5c5c",
};

/** The dark scheme, for readers whose system prefers it. */
export const DARK_SCHEME: Scheme = {
  ...LIGHT_SCHEME,
  bg: "#121212",
  fg: "#ececec",
  muted: "#b8b8b8",
  rule: "#555555",
  link: "#8cc4ff",
  "link-visited": "#d1b3ff",
  panel: "#1f1f1f",
  "series-1": "#56b4e9",
  "series-2": "#e69f00",
  "series-3": "#cc79a7",
  "series-4": "#3fc1a0",
  "series-5": "#bdbdbd",
};

/** Paper: the light scheme in full (whatever the screen prefers), with black text and links. */
export const PRINT_SCHEME: Scheme = {
  ...LIGHT_SCHEME,
  fg: "#000000",
  muted: "#333333",
  rule: "#999999",
  link: "#000000",
  "link-visited": "#000000",
};

const declarations = (s: Scheme) => Object.entries(s).map(([name, colour]) => `--${name}: ${colour};`).join(" ");

/**
 * The custom properties as CSS. With `themes`, also the embed's ?theme=light|dark
 * override (a data-theme attribute set by /embed-frame.js), which pins one scheme
 * whatever the reader's preference; its selector outranks the print block, as before.
 */
export function paletteCss({ themes = false }: { themes?: boolean } = {}): string {
  return [
    `:root { color-scheme: light dark; ${declarations(LIGHT_SCHEME)} }`,
    `@media (prefers-color-scheme: dark) { :root { ${declarations(DARK_SCHEME)} } }`,
    `@media print { :root { ${declarations(PRINT_SCHEME)} } }`,
    ...(themes
      ? [`:root[data-theme="light"] { color-scheme: light; ${declarations(LIGHT_SCHEME)} }`, `:root[data-theme="dark"] { color-scheme: dark; ${declarations(DARK_SCHEME)} }`]
      : []),
  ].join("\n");
}
