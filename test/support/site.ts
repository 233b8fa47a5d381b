/**
 * The configuration of the site under test, built from the environment (SITE_DIR, DATA_DIR
 * and the rest) once per test file, as every program builds its own at its top; tests hand
 * it to the engine's functions as the build does.
 */
import { loadSiteConfig } from "../../src/config/config.ts";

export const site = loadSiteConfig(process.env);
