/**
 * The site's HTTP headers, described once. The build writes dist/_headers from this
 * description and the files it actually built (scripts/postbuild/write-headers.ts), and
 * Netlify, Cloudflare Pages and scripts/static-server.ts all read that file. A new
 * section of the site needs nothing here: every top-level folder holding a page or a
 * standalone SVG is a page section unless SECTION_KINDS names it otherwise.
 *
 * Why one rule per section rather than one for everything: no header may be set by two
 * rules that match the same URL, because Cloudflare Pages joins repeated headers with
 * commas, and for Content-Security-Policy that would enforce both policies. So `/*`
 * carries only the headers every response gets, and each section carries its policy.
 *
 * The policies: scripts and styles only from this origin, never 'unsafe-inline' (the
 * site's own inlined stylesheets are allowed by hash, added at build); site pages may be
 * framed only by the site itself, embed pages by any site ('*' covers http and https
 * pages; 'file:' a page opened from disk, as when a journalist tries the embed code).
 */

/** A header list, in the order the file gives it. */
export type HeaderList = readonly (readonly [name: string, value: string])[];

/** Content-Security-Policy directives, in the order the header gives them. */
export type Directives = readonly (readonly [name: string, sources: readonly string[]])[];

/** What a kind of route is sent, beyond the headers every response gets. */
export interface RouteKind {
  /** The Content-Security-Policy of the route's documents (pages and standalone SVG), if any. */
  csp?: Directives;
  /** Other headers for every file of the route. */
  headers?: HeaderList;
}

/** Every response: no content-type sniffing, and no full address leaked to other sites. */
export const EVERY_RESPONSE: HeaderList = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
];

/** A site page's policy: everything from this origin, nothing inline, framed by the site only. */
const SITE_PAGE: Directives = [
  ["default-src", ["'self'"]],
  ["script-src", ["'self'"]],
  ["style-src", ["'self'"]],
  ["img-src", ["'self'", "data:"]],
  ["font-src", ["'self'"]],
  ["connect-src", ["'self'"]],
  ["object-src", ["'none'"]],
  ["base-uri", ["'self'"]],
  ["form-action", ["'self'"]],
  ["frame-ancestors", ["'self'"]],
];

/** `base` with the sources of one directive replaced. */
const withDirective = (base: Directives, name: string, sources: readonly string[]): Directives => {
  if (!base.some(([n]) => n === name)) throw new Error(`headers policy: no ${name} directive to replace`);
  return base.map(([n, s]) => [n, n === name ? sources : s] as const);
};

/** The kinds of route and what each is sent. */
export const ROUTE_KINDS = {
  /** Site pages and the standalone chart SVGs beside them. */
  page: { csp: SITE_PAGE },
  /** Search: Pagefind compiles its index reader as WebAssembly; 'wasm-unsafe-eval' allows that and nothing else (no eval, no inline script). */
  search: { csp: withDirective(SITE_PAGE, "script-src", ["'self'", "'wasm-unsafe-eval'"]) },
  /** Embed pages, which any site may frame. */
  embed: { csp: withDirective(SITE_PAGE, "frame-ancestors", ["*", "file:"]) },
  /** oEmbed responses are public and read by other sites' editors. */
  oembed: { headers: [["Access-Control-Allow-Origin", "*"]] },
} as const satisfies Record<string, RouteKind>;

export type RouteKindName = keyof typeof ROUTE_KINDS;

/** Top-level sections that are not page sections, by folder name. Any other section is "page". */
export const SECTION_KINDS: Readonly<Record<string, RouteKindName>> = { search: "search", embed: "embed", oembed: "oembed" };

/** Files a browser shows as a document, which therefore run under a policy. */
const DOCUMENT = /\.(html|svg)$/i;

/** The kind of route a URL path belongs to, by its top-level section: "/embed/x/" is "embed", "/" and "/why/" are "page". */
export function routeKind(path: string): RouteKindName {
  const section = /^\/([^/]+)\//.exec(path)?.[1];
  return (section !== undefined && SECTION_KINDS[section]) || "page";
}

/** The Content-Security-Policy header value of `directives`, with the inlined stylesheets' hashes added to style-src. */
export function contentSecurityPolicy(directives: Directives, styleHashes: readonly string[] = []): string {
  const bad = styleHashes.find((h) => !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(h));
  if (bad !== undefined) throw new Error(`headers policy: ${bad} is not a CSP sha256 source`);
  return directives.map(([name, sources]) => [name, ...sources, ...(name === "style-src" ? styleHashes : [])].join(" ")).join("; ");
}

/** One rule of a `_headers` file. */
export interface HeaderRuleText {
  pattern: string;
  headers: HeaderList;
}

/** The headers a route kind adds for its files, with its policy for documents. */
function kindHeaders(kind: RouteKindName, hasDocuments: boolean, styleHashes: readonly string[]): HeaderList {
  const k: RouteKind = ROUTE_KINDS[kind];
  return [...(k.csp && hasDocuments ? [["Content-Security-Policy", contentSecurityPolicy(k.csp, styleHashes)] as const] : []), ...(k.headers ?? [])];
}

/**
 * The rules for a built site: `files` are the paths of every built file relative to its
 * root ("charts/money/index.html", "favicon.svg"), `styleHashes` the CSP sources of its
 * inlined stylesheets. `/*` first, then the root's own documents, then one rule per
 * section, so no two rules that match one URL set the same header.
 */
export function headerRules(files: readonly string[], styleHashes: readonly string[]): HeaderRuleText[] {
  const rules: HeaderRuleText[] = [{ pattern: "/*", headers: EVERY_RESPONSE }];
  const sections = new Map<string, boolean>();
  for (const file of [...files].sort()) {
    const slash = file.indexOf("/");
    if (slash < 0) {
      // A document at the root is its own rule: "/" for the home page.
      if (DOCUMENT.test(file)) rules.push({ pattern: file === "index.html" ? "/" : `/${file}`, headers: kindHeaders("page", true, styleHashes) });
      continue;
    }
    const section = file.slice(0, slash);
    sections.set(section, (sections.get(section) ?? false) || DOCUMENT.test(file));
  }
  for (const [section, hasDocuments] of sections) {
    const headers = kindHeaders(SECTION_KINDS[section] ?? "page", hasDocuments, styleHashes);
    if (headers.length > 0) rules.push({ pattern: `/${section}/*`, headers });
  }
  const everywhere = new Set(EVERY_RESPONSE.map(([n]) => n.toLowerCase()));
  for (const rule of rules.slice(1)) {
    const twice = rule.headers.find(([n]) => everywhere.has(n.toLowerCase()));
    if (twice) throw new Error(`headers policy: ${rule.pattern} sets ${twice[0]}, which /* already sets for every response (a host would join the two)`);
  }
  return rules;
}

/** The `_headers` file for `rules`, in the syntax Netlify and Cloudflare Pages share. */
export function headersFile(rules: readonly HeaderRuleText[]): string {
  const head = [
    "# Written by the build from scripts/lib/headers-policy.ts; edit that file, not this one.",
    "# Netlify and Cloudflare Pages read this file; scripts/static-server.ts applies it too.",
  ];
  return [...head, ...rules.flatMap((r) => ["", r.pattern, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)])].join("\n") + "\n";
}
