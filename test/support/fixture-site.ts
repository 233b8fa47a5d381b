/**
 * The fixture site (test/fixtures/site/): a chart of every kind and a timeline on small
 * invented data, for the engine's drawing snapshots. They are drawn from it rather than
 * from this site's data, so a new release of this site's figures changes no engine snapshot.
 */
import { resolve } from "node:path";
import { loadSiteConfig } from "../../src/config/config.ts";

export const FIXTURE_SITE_DIR = resolve(import.meta.dirname, "..", "fixtures", "site");

/** The fixture site's configuration; its as-of day is fixed in its site.yaml. */
export const fixtureSite = loadSiteConfig({ SITE_DIR: FIXTURE_SITE_DIR });
