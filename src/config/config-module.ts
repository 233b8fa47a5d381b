/**
 * The site's configuration handed to the Astro build as a module: astro.config.mjs builds
 * the configuration once and gives it to this Vite plugin, and the build's own code
 * imports it as `virtual:site/config` (the pattern of Starlight's
 * `virtual:starlight/user-config`). The middleware (src/middleware.ts) puts it on every
 * page's and endpoint's `locals`; route files whose getStaticPaths need it (which cannot
 * see `locals`) import it. Engine modules never import it: they are handed what they need.
 */
import type { SiteConfig } from "./config.ts";

const ID = "virtual:site/config";
const RESOLVED = `\0${ID}`;

/** A Vite plugin serving `virtual:site/config`: the configuration, as plain data (it is JSON through and through). */
export function siteConfigModule(config: SiteConfig) {
  return {
    name: "site-config",
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
