// @ts-check
import { defineConfig } from "astro/config";

// Static output only: every page is plain HTML with its charts inlined as SVG.
export default defineConfig({
  output: "static",
  site: process.env.SITE_URL ?? "http://localhost:4321",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  // The site makes no requests to other origins, so Astro's dev toolbar and telemetry stay off.
  devToolbar: { enabled: false },
  // Scripts are always separate bundled files, never inlined, so a strict
  // Content-Security-Policy (script-src 'self') needs no hashes or 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
