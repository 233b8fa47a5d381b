/**
 * The site's HTTP headers, described once. The build writes dist/_headers from this
 * description and the files it actually built (scripts/postbuild/write-headers.ts), and
 * Netlify, Cloudflare Pages and scripts/static-server.ts all read that file. A new
 * section of the site needs nothing here: every top-level folder holding a page or a
 * standalone SVG is a page section unless SECTION_KINDS names it otherwise.
 *
 * How the rules combine: a host applies every rule whose pattern matches the URL's
 * pathname as sent, still percent-encoded, and Cloudflare Pages joins a header set by two
 * rules with a comma, which for Content-Security-Policy would enforce both policies. So:
 * - `/*` gives every response the headers every response gets and a default policy that
 *   no site may frame. Any path no other rule names gets it: an unknown path (answered
 *   with 404.html), an encoded one ("/%61bout/"), "//".
 * - Each later rule that sets a policy first removes the default (`! Content-Security-Policy`,
 *   Cloudflare Pages' way to detach a header an earlier rule set), so one policy applies.
 * - The embed policy, which lets any site frame the page, is given page by page
 *   ("/embed/money/", and each pinned version "/embed/money/v/<version>/", the address the
 *   embed code gives), never to a splat: an unknown path under /embed/ is not framable.
 *
 * The policies: scripts and styles only from this origin, never 'unsafe-inline' (the
 * site's own inlined stylesheets are allowed by hash, added at build); site pages may be
 * framed only by the site itself, embed pages by any site ('*' covers http and https
 * pages; 'file:' a page opened from disk, as when a journalist tries the embed code),
 * anything else by none.
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
  /** Every path no other rule names, and the 404 page: the site policy, framed by no one. */
  fallback: { csp: withDirective(SITE_PAGE, "frame-ancestors", ["'none'"]) },
  /** Site pages and the standalone chart SVGs beside them. */
  page: { csp: SITE_PAGE },
  /** Search: Pagefind compiles its index reader as WebAssembly; 'wasm-unsafe-eval' allows that and nothing else (no eval, no inline script). */
  search: { csp: withDirective(SITE_PAGE, "script-src", ["'self'", "'wasm-unsafe-eval'"]) },
  /** Embed pages, which any site may frame: each gets its own rule (see PER_PAGE_KINDS). */
  embed: { csp: withDirective(SITE_PAGE, "frame-ancestors", ["*", "file:"]) },
  /** oEmbed responses are public and read by other sites' editors. */
  oembed: { headers: [["Access-Control-Allow-Origin", "*"]] },
} as const satisfies Record<string, RouteKind>;

export type RouteKindName = keyof typeof ROUTE_KINDS;

/** Top-level sections that are not page sections, by folder name. Any other section is "page". */
export const SECTION_KINDS: Readonly<Record<string, RouteKindName>> = { search: "search", embed: "embed", oembed: "oembed" };

/**
 * Kinds whose policy lets other sites frame a page: their section rule gets the page
 * policy, and each page built there ("embed/money/index.html") a rule of its own for
 * exactly its URL ("/embed/money/"), so no unknown path under them can be framed.
 */
const PER_PAGE_KINDS: ReadonlySet<RouteKindName> = new Set(["embed"]);

/** Cloudflare Pages reads at most this many rules and ignores lines longer than this (its documented limits). */
export const MAX_RULES = 100;
export const MAX_LINE_LENGTH = 2000;

/** The page built at "404.html", which hosts send, with status 404, for any path that is not a file. */
export const NOT_FOUND_PAGE = "404.html";

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
  /** Headers that earlier matching rules set and this one removes first (`! Name`). */
  detach?: readonly string[];
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
 * inlined stylesheets. `/*` first, with the default policy; then the root's own
 * documents, one rule per section, and one per page of a framable kind, each of which
 * detaches the default policy before setting its own, so one policy applies to any URL.
 */
export function headerRules(files: readonly string[], styleHashes: readonly string[]): HeaderRuleText[] {
  const rules: HeaderRuleText[] = [{ pattern: "/*", headers: [...EVERY_RESPONSE, ...kindHeaders("fallback", true, styleHashes)] }];
  const rule = (pattern: string, headers: HeaderList) => {
    const policy = headers.some(([n]) => n === "Content-Security-Policy");
    rules.push({ pattern, ...(policy ? { detach: ["Content-Security-Policy"] } : {}), headers });
  };
  const sections = new Map<string, boolean>();
  const perPage: string[] = [];
  for (const file of [...files].sort()) {
    const slash = file.indexOf("/");
    if (slash < 0) {
      // A document at the root is its own rule: "/" for the home page.
      if (DOCUMENT.test(file)) rule(file === "index.html" ? "/" : `/${file}`, kindHeaders(file === NOT_FOUND_PAGE ? "fallback" : "page", true, styleHashes));
      continue;
    }
    const section = file.slice(0, slash);
    sections.set(section, (sections.get(section) ?? false) || DOCUMENT.test(file));
    const kind = SECTION_KINDS[section];
    // Every page in the section, at any depth: "/embed/money/" and a pinned version's "/embed/money/v/<version>/".
    const page = /^([^/]+\/(?:[^/]+\/)+)index\.html$/.exec(file);
    if (kind && PER_PAGE_KINDS.has(kind) && page) perPage.push(`/${page[1]}`);
  }
  for (const [section, hasDocuments] of sections) {
    const kind = SECTION_KINDS[section] ?? "page";
    const headers = kindHeaders(PER_PAGE_KINDS.has(kind) ? "page" : kind, hasDocuments, styleHashes);
    if (headers.length > 0) rule(`/${section}/*`, headers);
  }
  for (const pattern of perPage) rule(pattern, kindHeaders(routeKind(pattern), true, styleHashes));
  const everywhere = new Set(rules[0]!.headers.map(([n]) => n.toLowerCase()));
  for (const r of rules.slice(1)) {
    const detached = new Set((r.detach ?? []).map((n) => n.toLowerCase()));
    const twice = r.headers.find(([n]) => everywhere.has(n.toLowerCase()) && !detached.has(n.toLowerCase()));
    if (twice) throw new Error(`headers policy: ${r.pattern} sets ${twice[0]}, which /* already sets for every response (a host would join the two)`);
  }
  if (rules.length > MAX_RULES) {
    throw new Error(`headers policy: ${rules.length} rules, but Cloudflare Pages reads only the first ${MAX_RULES}; the rest would go unapplied`);
  }
  return rules;
}

/** The `_headers` file for `rules`, in the syntax Netlify and Cloudflare Pages share. */
export function headersFile(rules: readonly HeaderRuleText[]): string {
  const head = [
    "# Written by the build from scripts/lib/headers-policy.ts; edit that file, not this one.",
    "# Netlify and Cloudflare Pages read this file; scripts/static-server.ts applies it too.",
    "# A line \"! Name\" removes a header an earlier matching rule set (Cloudflare Pages; Netlify skips it).",
  ];
  const lines = [...head, ...rules.flatMap((r) => ["", r.pattern, ...(r.detach ?? []).map((n) => `  ! ${n}`), ...r.headers.map(([n, v]) => `  ${n}: ${v}`)])];
  const long = lines.findIndex((l) => l.length > MAX_LINE_LENGTH);
  if (long >= 0) {
    throw new Error(`headers policy: _headers line ${long + 1} is ${lines[long]!.length} characters; Cloudflare Pages ignores lines over ${MAX_LINE_LENGTH} (too many inlined stylesheets hashed into the policy?)`);
  }
  return lines.join("\n") + "\n";
}
