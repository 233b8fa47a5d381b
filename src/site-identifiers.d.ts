/**
 * The site configuration's identifiers (content/site.yaml), put into browser code at
 * bundle time (astro.config.mjs, scripts/postbuild/embed-scripts.ts, vitest.config.ts):
 * browser code cannot read the configuration file itself.
 */
declare const __SITE_IDENTIFIERS__: {
  readonly storagePrefix: string;
  readonly messagePrefix: string;
  readonly calendarDomain: string;
};
