/**
 * Steps run on a freshly built site before it replaces dist/. A step that throws stops
 * the build, and the last good dist/ stays as it was. Each step lives in its own module
 * here; add it to the list below in the order it must run.
 */
import { copyData } from "./copy-data.ts";
import { numeralsCheck } from "./numerals-check.ts";
import { pagefindIndex } from "./pagefind-index.ts";
import { embedScripts } from "./embed-scripts.ts";
import { noInlineScripts } from "./no-inline-scripts.ts";
import { stableUrls } from "./stable-urls.ts";
import { localAddresses } from "./local-addresses.ts";
import { inferredDatesCheck } from "./inferred-dates-check.ts";
import { pressAttribution } from "./press-attribution.ts";
import { writeHeaders } from "./write-headers.ts";
import type { SiteConfig } from "../../src/config/config.ts";

export interface PostBuildContext {
  /** The folder holding the new build (not yet dist/). */
  outDir: string;
  /** The repository root. */
  root: string;
  /** The site's configuration, as scripts/build.ts built it. */
  config: SiteConfig;
}

export interface PostBuildStep {
  name: string;
  run(ctx: PostBuildContext): Promise<void>;
}

export const postBuildSteps: PostBuildStep[] = [copyData, embedScripts, stableUrls, noInlineScripts, numeralsCheck, inferredDatesCheck, pressAttribution, localAddresses, pagefindIndex, writeHeaders];
