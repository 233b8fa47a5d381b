// @ts-check
import { defineConfig } from "astro/config";
import { publicUrl } from "./src/lib/site/public-url.ts";

// Static output only: every page is plain HTML with its charts inlined as SVG.
export default defineConfig({
  output: "static",
  // The public address, from the host's variable (src/lib/site/public-url.ts): the same
  // value every absolute URL in the site is built from.
  site: publicUrl.href,
  trailingSlash: "always",
  // Each page's CSS is inlined as <style> elements: no render-blocking stylesheet request
  // before the first paint. The policy (scripts/lib/headers-policy.ts) allows exactly these
  // elements by hash (added at build time by scripts/postbuild/write-headers.ts), never 'unsafe-inline'.
  build: { format: "directory", inlineStylesheets: "always" },
  // The site makes no requests to other origins, so Astro's dev toolbar and telemetry stay off.
  devToolbar: { enabled: false },
  // Never inline a bundled script: the Content-Security-Policy (scripts/lib/headers-policy.ts) allows
  // scripts from the site's own origin only. Other assets keep Vite's default.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) } },
});
