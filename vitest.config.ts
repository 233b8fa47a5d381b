import { defineConfig } from "vitest/config";
import { loadSiteConfig } from "./src/config/config.ts";

// Four projects, run in this order by `npm test` (docs/testing.md):
// - unit: fast unit and snapshot tests, no build needed;
// - build: whole builds with planted faults, which must stop;
// - static: the built dist/ read as files (and over HTTP, for headers and redirects), no browser;
// - browser: what only a browser shows, in one shared Chromium.
// The unit, static and browser projects also run test/story/<project>/: the tests of this
// site's own facts, kept apart from the engine's.
// First in every project: the run's temporary folders go under one folder, removed at its end.
const TEMP_ROOT = "test/support/temp-root.ts";

export default defineConfig({
  // Code under test sees the site's identifiers as the bundles do (astro.config.mjs).
  define: { __SITE_IDENTIFIERS__: JSON.stringify(loadSiteConfig(process.env).identifiers) },
  test: {
    // A worker per core (vitest's default leaves one idle): on two cores the static checks
    // run beside the browser tests, which spend much of their time waiting on pages.
    maxWorkers: "100%",
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "test/story/unit/**/*.test.ts"],
          globalSetup: [TEMP_ROOT],
          environment: "node",
          // Test files share their worker's modules instead of importing Plot, d3, the data
          // package and the content afresh for each file: that import was half the time.
          // A unit test must leave no state behind (environment, module caches) for this.
          isolate: false,
        },
      },
      {
        test: {
          name: "build",
          include: ["test/build/**/*.test.ts"],
          globalSetup: [TEMP_ROOT],
          environment: "node",
          testTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "static",
          include: ["test/static/**/*.test.ts", "test/story/static/**/*.test.ts"],
          environment: "node",
          // Files in a worker share its modules, so the built pages are parsed once per
          // worker (readPage in scripts/quality/site-files.ts) rather than once per file:
          // parsing the ~240 pages was most of this project's time. The tests only read dist/.
          isolate: false,
          globalSetup: [TEMP_ROOT, "test/support/serve-dist.ts"],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts", "test/story/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: [TEMP_ROOT, "test/support/serve-dist.ts", "test/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium, shared by every file, one file at a time: these machines have two
          // cores. Within a file, concurrent tests visit at most three pages at once.
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
