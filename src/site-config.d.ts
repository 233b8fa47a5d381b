/**
 * The site's configuration inside the Astro build: built once by astro.config.mjs, served
 * as a module (src/config/config-module.ts) and put on `locals` by src/middleware.ts.
 */
declare module "virtual:site/config" {
  const config: import("./config/config.ts").SiteConfig;
  export default config;
}

declare namespace App {
  interface Locals {
    /** The site's configuration (src/middleware.ts). */
    site: import("./config/config.ts").SiteConfig;
  }
}
