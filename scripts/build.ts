/**
 * Builds the site: validate every data file first, build into a temporary folder, then
 * swap it into dist/. A failure at any step leaves the last good dist/ exactly as it was.
 */
import { rm, rename, mkdir } from "node:fs/promises";
import { existsSync, writeSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { loadSiteConfig, SiteConfigError, type SiteConfig } from "../src/config/config.ts";
import { sourceFileProblems } from "../src/lib/content/source-files.ts";
import { markBuildOutput, outputFolderProblem } from "./lib/output-folder.ts";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".build");

/** The output folder as a person would type it: "dist/". */
const shown = (dir: string | undefined) => (dir ? `${relative(process.cwd(), dir) || "."}/` : "the output folder");

function stop(message: string, dist?: string): never {
  // Written synchronously: process.exit would cut a long list short on a pipe (CI's log).
  writeSync(2, `${message}\nBuild stopped before writing any page; ${shown(dist)} is unchanged.\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  // Builds make no requests to other hosts; Astro's usage reporting is one.
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  let config: SiteConfig;
  try {
    // The site's configuration, built once here and handed to every step below.
    config = loadSiteConfig(process.env);
  } catch (e) {
    if (e instanceof SiteConfigError) stop(e.message);
    throw e;
  }
  const dist = config.paths.out;
  // Astro builds the configuration again in astro.config.mjs (its own process entry). The
  // day is pinned for it here, so a build that runs past midnight has one as-of day in
  // every page and in the steps after Astro, not two.
  process.env.SITE_AS_OF = config.asOf;
  // Before anything is read or written: the output folder is one this build may replace,
  // and every content, data and public file is safe to read and to publish.
  const outProblem = outputFolderProblem(config, root, work);
  if (outProblem) stop(outProblem, dist);
  const fileProblems = sourceFileProblems(config, root);
  if (fileProblems.length > 0) stop(fileProblems.join("\n"), dist);
  // Loaded only now: modules that read the configuration must find it good.
  const { sources } = await import("../src/lib/data/index.ts");
  const { loadPackage, DataValidationError } = await import("../src/lib/data/load-package.ts");
  const { validateContent } = await import("../src/features/validate-yaml.ts");
  const { postBuildSteps } = await import("./postbuild/index.ts");
  try {
    loadPackage(config.paths.data);
  } catch (e) {
    if (e instanceof DataValidationError) stop(e.message, dist);
    throw e;
  }
  const contentErrors = validateContent(new Map(sources(config).map((s) => [s.id, s])), config);
  if (contentErrors.length > 0) stop(contentErrors.join("\n"), dist);
  // Astro is loaded only once the data is known to be good: bad data fails in a moment.
  const { build } = await import("astro");
  await mkdir(work, { recursive: true });
  const fresh = join(work, `dist-${process.pid}`);
  const old = join(work, `old-${process.pid}`);
  // Astro keeps its content store in its cache folder and reuses an entry whose text is
  // unchanged, file path and all: a build of another content folder (a test's planted
  // copy, an example site) would then name the earlier build's files in its errors and
  // warn of duplicate entries. Each build starts from an empty store of its own (the
  // store takes well under a second to fill), so builds run side by side do not share one.
  const cache = join(work, `cache-${process.pid}`);
  try {
    await build({ root, outDir: fresh, cacheDir: cache, logLevel: process.env.CI ? "warn" : "info" });
    for (const step of postBuildSteps) {
      const started = performance.now();
      await step.run({ outDir: fresh, root, config });
      if (!process.env.CI) console.log(`${step.name}: ${Math.round(performance.now() - started)} ms`);
    }
    markBuildOutput(fresh);
  } catch (e) {
    await rm(fresh, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
    console.error(e instanceof Error ? e.message : e);
    console.error(`Build failed; ${shown(dist)} is unchanged.`);
    process.exit(1);
  }
  // Two renames on one file system: dist/ is never half-written.
  if (existsSync(dist)) await rename(dist, old);
  await rename(fresh, dist);
  await rm(old, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  console.log(`Built ${dist}`);
}

await main();
