import { defineConfig } from "vitest/config";
import { siteConfig } from "./src/lib/site/config.ts";

// Three projects: fast unit and snapshot tests, whole builds with planted faults, and
// browser tests that need a built dist/.
export default defineConfig({
  // Code under test sees the site's identifiers as the bundles do (astro.config.mjs).
  define: { __SITE_IDENTIFIERS__: JSON.stringify(siteConfig().identifiers) },
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "build",
          include: ["test/build/**/*.test.ts"],
          environment: "node",
          testTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
