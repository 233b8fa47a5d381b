import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { BUDGET, overBudget, startBytes, staticImports } from "../../../scripts/quality/budgets.ts";
import { fixtureSite, page } from "./fixture-site.ts";

const ORIGIN = "https://example.org";
const gz = (s: string) => gzipSync(s).length;

describe("staticImports(source)", () => {
  it("lists static imports and re-exports, not import() or import.meta", async () => {
    const src = 'import a from "./a.js"; export { b } from "./b.js"; import "./c.js"; const d = () => import("./d.js"); console.log(import.meta.url);';
    expect(await staticImports(src)).toEqual(["./a.js", "./b.js", "./c.js"]);
  });
});

describe("startBytes(dir, page, origin)", () => {
  const entry = 'import { x } from "./shared.js"; document.body.addEventListener("click", () => import("./later.js")); console.log(x);';
  const shared = "export const x = 1;";
  const later = "export const y = 2;".repeat(1000);
  const css = "body { color: black }";
  const inline = "document.documentElement.className = 'js';";
  const html = page(
    "Home",
    `<p>Hello</p><script>${inline}</script><script type="application/json">{"not":"js"}</script>`,
    '<link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/s.css"><script type="module" src="/entry.js"></script><link rel="prefetch" href="/later.js">',
  );
  const dir = fixtureSite({ "index.html": html, "entry.js": entry, "shared.js": shared, "later.js": later, "s.css": css });

  it("counts the page, its stylesheets once, its scripts and their static imports, not import() or prefetch", async () => {
    const b = await startBytes(dir, "/", ORIGIN);
    expect(b.files).toEqual(["/s.css", "/entry.js", "/shared.js"]);
    expect(b.html).toBe(gz(html));
    expect(b.css).toBe(gz(css));
    expect(b.js).toBe(gz(entry) + gz(shared) + gz(inline));
    expect(b.total).toBe(gz(html) + gz(css) + gz(entry) + gz(shared));
  });

  it("names each budget a page breaks", () => {
    const base = { page: "/x/", html: 1000, css: 1000, js: 1000, total: 3000, files: ["/a.js"] };
    expect(overBudget(base)).toEqual([]);
    expect(overBudget({ ...base, js: BUDGET.js + 1 })).toEqual([expect.stringMatching(/^\/x\/: JavaScript at start 20\.0 KB gzip > 20\.0 KB \(\/a\.js\)$/)]);
    expect(overBudget({ ...base, total: BUDGET.total + 1 })).toEqual(["/x/: HTML+CSS+JS at start 100.0 KB gzip > 100.0 KB"]);
  });
});
