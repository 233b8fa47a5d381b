import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "../../../scripts/host-rules.ts";
import { contentSecurityPolicy, headerRules, headersFile, MAX_RULES, ROUTE_KINDS, routeKind } from "../../../scripts/lib/headers-policy.ts";

const HASH = `'sha256-${"A".repeat(43)}='`;
const OTHER_HASH = `'sha256-${"B".repeat(43)}='`;

// The policy the hand-written _headers gave every site page before it was generated;
// the generated one must keep it exactly, plus the stylesheets' hashes.
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/** A built site's files, as the postbuild step lists them. */
const FILES = [
  "index.html",
  "favicon.svg",
  "embed.js",
  "timeline.ics",
  "about/index.html",
  "charts/index.html",
  "charts/money/index.html",
  "charts/money.svg",
  "charts/money.csv",
  "embed/money/index.html",
  "search/index.html",
  "oembed/money.json",
  "data/money.csv",
  "pagefind/pagefind.js",
  "_astro/island.js",
];

/** The headers a host would send for `path`, from the generated file as a host reads it. */
function served(files: string[], path: string, hashes = [HASH, OTHER_HASH]): Map<string, string> {
  return headersFor(parseHeadersFile(headersFile(headerRules(files, hashes)), "_headers"), path);
}
const csp = (path: string, files = FILES) => served(files, path).get("content-security-policy") ?? "";
const withHashes = (policy: string) => policy.replace("style-src 'self';", `style-src 'self' ${HASH} ${OTHER_HASH};`);
/** The policy of any path no rule names: the page policy, framed by no one. */
const DEFAULT_POLICY = withHashes(PAGE_POLICY).replace("frame-ancestors 'self'", "frame-ancestors 'none'");

describe("headerRules(files, styleHashes) and headersFile(rules)", () => {
  it("gives every page the site policy exactly as before, with the stylesheets' hashes", () => {
    for (const path of ["/", "/about/", "/charts/", "/charts/money/"]) expect(csp(path), path).toBe(withHashes(PAGE_POLICY));
  });

  it("gives a page in a new section the page policy, with nothing added by hand", () => {
    const files = [...FILES, "new-section/index.html", "new-section/part/index.html"];
    expect(csp("/new-section/", files)).toBe(withHashes(PAGE_POLICY));
    expect(csp("/new-section/part/", files)).toBe(withHashes(PAGE_POLICY));
    expect(csp("/new-section/", FILES)).toBe(DEFAULT_POLICY);
  });

  it("lets only the site frame its pages, and any site frame an embed", () => {
    expect(csp("/charts/money/")).toMatch(/frame-ancestors 'self'$/);
    expect(csp("/embed/money/")).toBe(withHashes(PAGE_POLICY).replace("frame-ancestors 'self'", "frame-ancestors * file:"));
  });

  it("allows WebAssembly on the search page only, and inline script nowhere", () => {
    expect(/script-src ([^;]*)/.exec(csp("/search/"))?.[1]).toBe("'self' 'wasm-unsafe-eval'");
    for (const path of ["/", "/charts/money/", "/embed/money/"]) expect(/script-src ([^;]*)/.exec(csp(path))?.[1], path).toBe("'self'");
    expect(headersFile(headerRules(FILES, [HASH]))).not.toContain("unsafe-inline");
  });

  it("puts standalone SVG files, which a browser opens as documents, under the policy", () => {
    expect(csp("/charts/money.svg")).toBe(withHashes(PAGE_POLICY));
    expect(csp("/favicon.svg")).toBe(withHashes(PAGE_POLICY));
  });

  it("never sends two policies for one URL, and every response the same two headers", () => {
    for (const path of ["/", "/about/", "/charts/money/", "/charts/money.svg", "/embed/money/", "/search/", "/oembed/money.json", "/data/money.csv", "/embed.js"]) {
      const h = served(FILES, path);
      expect(h.get("content-security-policy")?.match(/default-src/g)?.length ?? 0, path).toBeLessThanOrEqual(1);
      expect(h.get("x-content-type-options"), path).toBe("nosniff");
      expect(h.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    }
  });

  it("lets any site read oEmbed responses, and gives every other file the default policy", () => {
    expect(served(FILES, "/oembed/money.json").get("access-control-allow-origin")).toBe("*");
    expect(served(FILES, "/charts/money/").get("access-control-allow-origin")).toBeUndefined();
    for (const path of ["/data/money.csv", "/embed.js", "/timeline.ics", "/pagefind/pagefind.js", "/_astro/island.js", "/oembed/money.json"]) expect(csp(path), path).toBe(DEFAULT_POLICY);
  });

  it("gives a path no rule names, encoded or unknown, the default policy, which no site may frame", () => {
    for (const path of ["/no-such-page/", "//", "/%61bout/", "/%65mbed/money/", "/404.html", "/.well-known/x"]) expect(csp(path), path).toBe(DEFAULT_POLICY);
    expect(csp("/404.html", [...FILES, "404.html"])).toBe(DEFAULT_POLICY);
  });

  it("lets other sites frame only the embed pages that were built, never an unknown path under /embed/", () => {
    for (const path of ["/embed/", "/embed/no-such-chart/", "/embed/money/extra/", "/embed/money", "/embed/money/index.html", "/embed/moneyx/"]) {
      expect(csp(path), path).toMatch(/frame-ancestors '(self|none)'$/);
    }
    expect(csp("/embed/money/?theme=dark".split("?")[0]!)).toMatch(/frame-ancestors \* file:$/);
  });

  it("lets any site frame a pinned version's embed page (the embed code's address), and no unknown version", () => {
    const files = [...FILES, "embed/money/v/0123456789ab/index.html"];
    expect(csp("/embed/money/v/0123456789ab/", files)).toMatch(/frame-ancestors \* file:$/);
    for (const path of ["/embed/money/v/", "/embed/money/v/ba9876543210/", "/embed/money/v/0123456789ab/x/"]) expect(csp(path, files), path).toMatch(/frame-ancestors '(self|none)'$/);
  });

  it("detaches the default policy in every rule that sets its own, so a host that joins repeated headers sends one", () => {
    for (const rule of headerRules(FILES, [HASH]).slice(1)) {
      const sets = rule.headers.some(([n]) => n === "Content-Security-Policy");
      expect(rule.detach ?? [], rule.pattern).toEqual(sets ? ["Content-Security-Policy"] : []);
    }
    expect(headersFile(headerRules(FILES, [HASH]))).toContain("\n/about/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ");
  });

  it("stops rather than write more rules than Cloudflare Pages reads, or a line longer than it reads", () => {
    const many = Array.from({ length: MAX_RULES }, (_, i) => `embed/chart-${i}/index.html`);
    expect(() => headerRules([...FILES, ...many], [HASH])).toThrow(/rules, but Cloudflare Pages reads only the first 100/);
    const hashes = Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, "A")}='`);
    expect(() => headersFile(headerRules(FILES, hashes))).toThrow(/Cloudflare Pages ignores lines over 2000/);
  });

  it("writes one rule per section, whatever the number of pages in it", () => {
    const patterns = headerRules(FILES, []).map((r) => r.pattern);
    expect(patterns).toEqual(["/*", "/favicon.svg", "/", "/about/*", "/charts/*", "/embed/*", "/oembed/*", "/search/*", "/embed/money/"]);
  });
});

describe("contentSecurityPolicy(directives, styleHashes)", () => {
  it("writes the directives in order, hashes after style-src 'self'", () => {
    expect(contentSecurityPolicy(ROUTE_KINDS.page.csp, [HASH])).toBe(PAGE_POLICY.replace("style-src 'self';", `style-src 'self' ${HASH};`));
  });

  it("refuses a source that is not a sha256 hash, so no 'unsafe-inline' can slip in", () => {
    expect(() => contentSecurityPolicy(ROUTE_KINDS.page.csp, ["'unsafe-inline'"])).toThrow("'unsafe-inline' is not a CSP sha256 source");
  });
});

describe("routeKind(path)", () => {
  it("classes a URL by its top-level section; any section not named otherwise is a page", () => {
    expect(["/", "/why/", "/charts/money/", "/a-new-section/", "/embed/money/", "/search/", "/oembed/money.json"].map(routeKind)).toEqual(["page", "page", "page", "page", "embed", "search", "oembed"]);
  });
});
