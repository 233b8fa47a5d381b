// @ts-check
import { defineConfig } from "astro/config";
import { loadSiteConfig } from "./src/config/config.ts";
import { siteConfigModule } from "./src/config/config-module.ts";

// The site's configuration, built here once for the whole Astro build and handed down:
// pages, layouts, components and endpoints get it as `locals.site` (src/middleware.ts).
const config = loadSiteConfig(process.env);

// Static output only: every page is plain HTML with its charts inlined as SVG.
export default defineConfig({
  output: "static",
  // The public address, settled once by the site configuration (src/config/config.ts):
  // the same value every absolute URL in the site is built from.
  site: config.publicUrl.href,
  trailingSlash: "always",
  // Each page's CSS is inlined as <style> elements: no render-blocking stylesheet request
  // before the first paint. The policy (scripts/lib/headers-policy.ts) allows exactly these
  // elements by hash (added at build time by scripts/postbuild/write-headers.ts), never 'unsafe-inline'.
  build: { format: "directory", inlineStylesheets: "always" },
  // The site makes no requests to other origins, so Astro's dev toolbar and telemetry stay off.
  devToolbar: { enabled: false },
  // Never inline a bundled script: the Content-Security-Policy (scripts/lib/headers-policy.ts) allows
  // scripts from the site's own origin only. Other assets keep Vite's default.
  vite: {
    plugins: [siteConfigModule(config)],
    build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) },
    // Browser code gets the site's identifiers (storage keys, message names) at bundle time.
    define: { __SITE_IDENTIFIERS__: JSON.stringify(config.identifiers) },
  },
});
