/**
 * Runs the DfE importer's --check on one file against the project's data and prints its
 * own peak resident memory as JSON; the data bench runs it in a child process so the
 * figure is the importer's alone.
 */
import { resolve } from "node:path";
import { runImport } from "../importers/dfe-looked-after/run.ts";
import { loadSiteConfig } from "../../src/config/config.ts";

const started = performance.now();
await runImport([process.argv[2]!, "--check"], { cwd: process.cwd(), dataDir: resolve("data"), config: loadSiteConfig(process.env), out: () => {}, err: (l) => console.error(l) });
console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, ms: performance.now() - started }));
