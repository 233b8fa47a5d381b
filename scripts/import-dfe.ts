/**
 * Imports an official DfE "cla_number_and_rate_per_10k_children" CSV into data/.
 * `npm run import:dfe -- <file.csv> [--area CODE]... [--check]`; see scripts/import-dfe/run.ts.
 */
import { dataDir } from "../src/lib/data/index.ts";
import { runImport } from "./import-dfe/run.ts";

const tty = process.stderr.isTTY && !process.env.CI;
process.exitCode = await runImport(process.argv.slice(2), {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  dataDir: dataDir(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ...(tty ? { progress: process.stderr } : {}),
});
