/**
 * Imports an official DfE "cla_number_and_rate_per_10k_children" CSV into data/.
 * `npm run import:dfe -- <file.csv> [--area CODE]... [--check]`; see scripts/import-dfe/run.ts.
 */
import { loadSiteConfig } from "../src/config/config.ts";
import { runImport } from "./import-dfe/run.ts";

// The site's configuration, built once here and handed to the importer.
const config = loadSiteConfig(process.env);
const tty = process.stderr.isTTY && !process.env.CI;
process.exitCode = await runImport(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  dataDir: config.paths.data,
  config,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ...(tty ? { progress: process.stderr } : {}),
});
