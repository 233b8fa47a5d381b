/**
 * Each file gate catches a fault planted in a temporary copy of the built site: a broken
 * link, a missing anchor and asset, an html-validate error, a connection hint to another
 * origin, an over-budget script. The clean copy passes first, so each failure is the
 * planted fault and nothing else. html-validate reads pages one by one, so its faults are
 * planted in a copy of the home page alone. (vnu's planted fault is in site-gates.test.ts,
 * which runs vnu once for dist/ and the planted copy; the browser gates' are in
 * test/browser/gates-catch-faults.test.ts.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST } from "../support/pages.ts";
import { fileForPath, readPage } from "../../scripts/quality/site-files.ts";
import { loadSiteConfig } from "../../src/config/config.ts";

/** The origin the site is built for, where absolute links to ourselves point. */
const ORIGIN = loadSiteConfig(process.env).publicUrl.origin;
import { validateSite } from "../../scripts/quality/html-validity.ts";
import { checkLinks } from "../../scripts/quality/links.ts";
import { overBudget, startBytes } from "../../scripts/quality/budgets.ts";
import { foreignConnectionHints } from "../../scripts/quality/requests.ts";

// The home page always exists; faults go at the end of its <main>.
const VICTIM = "/";
let site: string;
/** A folder holding the victim page alone, for the gates that read each page on its own. */
let onePage: string;
let original: string;
let cleanFiles: string[];

/** Puts `markup` at the end of the victim page's main content, in the copy and the one-page folder. */
function plant(markup: string): void {
  const at = original.includes("</main>") ? "</main>" : "</body>";
  writeFileSync(fileForPath(site, VICTIM)!, original.replace(at, markup + at));
  writeFileSync(fileForPath(onePage, VICTIM)!, original.replace(at, markup + at));
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "gates-"));
  cpSync(DIST, site, { recursive: true });
  original = readFileSync(fileForPath(site, VICTIM)!, "utf8");
  onePage = mkdtempSync(join(tmpdir(), "gates-one-"));
  writeFileSync(join(onePage, "index.html"), original);
  cleanFiles = (await startBytes(site, VICTIM, ORIGIN)).files;
});
afterEach(() => {
  writeFileSync(fileForPath(site, VICTIM)!, original);
  writeFileSync(fileForPath(onePage, VICTIM)!, original);
});
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(onePage, { recursive: true, force: true });
});

describe("the clean copy passes every file gate", () => {
  // vnu is not run here: site-gates.test.ts runs it on dist/ and on its planted copy.
  it("html-validate, links, connection hints and budget", async () => {
    expect(await validateSite(onePage)).toEqual([]);
    expect(checkLinks(site, ORIGIN)).toEqual([]);
    expect(foreignConnectionHints(readPage(site, VICTIM).document, ORIGIN + VICTIM)).toEqual([]);
    expect(overBudget(await startBytes(site, VICTIM, ORIGIN))).toEqual([]);
  });
});

describe("each file gate reports a planted fault", () => {
  it("links: a link to a page that does not exist", () => {
    plant('<p><a href="/no-such-page/">Gone</a></p>');
    expect(checkLinks(site, ORIGIN)).toEqual([{ page: VICTIM, where: "a[href]", url: "/no-such-page/", problem: "no file for /no-such-page/" }]);
  });

  it("links: an anchor that no element has, on another page", () => {
    plant('<p><a href="/sources/#no-such-id">Nowhere</a></p>');
    expect(checkLinks(site, ORIGIN)).toEqual([{ page: VICTIM, where: "a[href]", url: "/sources/#no-such-id", problem: 'no id "no-such-id" on /sources/' }]);
  });

  it("links: a missing image in srcset, and an og:image on our own origin", () => {
    plant(`<img src="/favicon.svg" srcset="/favicon.svg 1x, /missing-2x.png 2x" alt="x"><meta property="og:image" content="${ORIGIN}/og/missing.png">`);
    expect(checkLinks(site, ORIGIN).map((p) => `${p.where} ${p.url}`)).toEqual(["img[srcset] /missing-2x.png", `meta[og:image] ${ORIGIN}/og/missing.png`]);
  });

  it("html-validate: a duplicate id", async () => {
    plant('<p id="twice">One</p><p id="twice">Two</p>');
    const problems = await validateSite(onePage);
    expect(problems.map((p) => `${p.page} ${p.rule}`)).toEqual([`${VICTIM} no-dup-id`]);
  });

  it("html-validate: a style attribute, even with a property Plot used to write", async () => {
    plant('<p style="font-size: 2em">Big</p>');
    expect((await validateSite(onePage)).map((p) => p.rule)).toEqual(["no-inline-style"]);
  });

  it("connection hints: a preconnect to a font host, which makes no request the browser check sees", () => {
    writeFileSync(fileForPath(site, VICTIM)!, original.replace("</head>", '<link rel="preconnect" href="https://fonts.example.com"></head>'));
    expect(foreignConnectionHints(readPage(site, VICTIM).document, ORIGIN + VICTIM)).toEqual(["preconnect https://fonts.example.com"]);
  });

  it("budget: a 40 KB (gzip) script loaded at start, via a static import", async () => {
    const assets = join(site, "_planted");
    mkdirSync(assets, { recursive: true });
    // Random bytes as base64 barely compress: 54 KB of text is about 40 KB gzipped.
    writeFileSync(join(assets, "big.js"), `export const blob = "${randomBytes(40 * 1024).toString("base64")}";`);
    writeFileSync(join(assets, "entry.js"), 'import { blob } from "./big.js"; console.log(blob.length);');
    plant('<script type="module" src="/_planted/entry.js"></script>');
    const bytes = await startBytes(site, VICTIM, ORIGIN);
    expect(bytes.files.filter((f) => !cleanFiles.includes(f))).toEqual(["/_planted/entry.js", "/_planted/big.js"]);
    expect(overBudget(bytes)).toEqual([expect.stringMatching(/^\/: JavaScript at start 4\d\.\d KB gzip > 20\.0 KB/)]);
  });

  it("budget: the same script behind a dynamic import() does not count", async () => {
    const assets = join(site, "_planted");
    mkdirSync(assets, { recursive: true });
    writeFileSync(join(assets, "big.js"), `export const blob = "${randomBytes(40 * 1024).toString("base64")}";`);
    writeFileSync(join(assets, "lazy.js"), 'document.addEventListener("click", () => import("./big.js"));');
    plant('<script type="module" src="/_planted/lazy.js"></script>');
    const bytes = await startBytes(site, VICTIM, ORIGIN);
    expect(bytes.files.filter((f) => !cleanFiles.includes(f))).toEqual(["/_planted/lazy.js"]);
    expect(overBudget(bytes)).toEqual([]);
  });
});
