/**
 * What the example-site build tests share: the environment for building another site's
 * folder, and a reader of everything a build wrote, so "names nothing of this site" is
 * checked the same way for every example (test/build/example-site.test.ts, third-site.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { unzipSync } from "fflate";

/** The environment for building the site in `siteDir` into `outDir`, with no setting of this site's build left in it. */
export function exampleBuildEnv(siteDir: string, outDir: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, CI: "1", SITE_DIR: siteDir, OUT_DIR: outDir };
  for (const name of ["SITE_URL", "URL", "CF_PAGES_URL", "SITE_AS_OF", "FEEDBACK_CONFIG", "CONTENT_DIR", "DATA_DIR"]) delete e[name];
  return e;
}

/** Every file under `dir`. */
export const filesUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

const isText = (bytes: Uint8Array) => !bytes.includes(0);
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Every text the built site holds, by name: each file, each file inside a zip, each gzip'd search file unpacked. */
export function builtTexts(dir: string): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  const add = (name: string, bytes: Uint8Array) => {
    if (isGzip(bytes)) return add(`${name} (gunzipped)`, gunzipSync(bytes));
    if (isText(bytes)) found.push({ name, text: Buffer.from(bytes).toString("utf8") });
  };
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    const name = relative(dir, file);
    if (extname(file) === ".zip") for (const [entry, content] of Object.entries(unzipSync(bytes))) add(`${name}:${entry}`, content);
    else add(name, bytes);
  }
  return found;
}
