/**
 * Imports an official file into the site's data/ with the importer the site chose
 * (content/site.yaml `importer`; scripts/importers/). `npm run import -- <file> [options]`.
 */
import { loadSiteConfig } from "../src/config/config.ts";
import { chosenImporter } from "./importers/index.ts";

// The site's configuration, built once here and handed to the importer.
const config = loadSiteConfig(process.env);
let importer;
try {
  importer = chosenImporter(config);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const tty = process.stderr.isTTY && !process.env.CI;
process.exitCode = await importer.run(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  dataDir: config.paths.data,
  config,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ...(tty ? { progress: process.stderr } : {}),
});
