/**
 * Reads the `_headers` and `_redirects` files that Netlify and Cloudflare Pages apply, so
 * the local server applies the very same rules (one source of truth: the built dist/_headers, written from scripts/lib/headers-policy.ts).
 * Supports the syntax those files use here: `*` splats, `:name` placeholders, `#` comments,
 * and Cloudflare Pages' `! Name` lines, which remove a header an earlier matching rule set.
 * Hand-written because no maintained npm package parses both files without a host's CLI.
 */

export interface HeaderRule {
  pattern: string;
  match: RegExp;
  headers: [name: string, value: string][];
  /** Headers an earlier matching rule set that this rule removes first (Cloudflare Pages' `! Name` lines). */
  detach: string[];
}

export interface Redirect {
  from: string;
  to: string;
  status: number;
}

function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`);
}

/** Parses a `_headers` file; throws `file:LINE: problem` on a line it cannot read. */
export function parseHeadersFile(text: string, file = "_headers"): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      if (!pattern.startsWith("/")) throw new Error(`${file}:${i + 1}: path: "${pattern}" must start with /`);
      rules.push({ pattern, match: patternToRegExp(pattern), headers: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${file}:${i + 1}: header: comes before any path`);
    const detach = /^\s+! ([A-Za-z0-9-]+)\s*$/.exec(line);
    if (detach) return void rule.detach.push(detach[1]!);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: header: expected "Name: value" or "! Name"`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

/**
 * The headers for a URL path (the encoded pathname, as the hosts match it): every matching
 * rule applies, in file order; its `! Name` lines first remove what earlier rules set, then
 * a header set by several rules is joined with ", " (what Cloudflare Pages does).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.match.test(path)) continue;
    for (const name of rule.detach) out.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, prev === undefined ? value : `${prev}, ${value}`);
    }
  }
  return out;
}

/** Parses a `_redirects` file of `from to [status]` lines (exact paths only). */
export function parseRedirectsFile(text: string, file = "_redirects"): Redirect[] {
  const out: Redirect[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) return;
    const [from, to, status = "301", ...rest] = t.split(/\s+/);
    if (!from?.startsWith("/") || !to || rest.length > 0 || !/^30[1278]$/.test(status)) {
      throw new Error(`${file}:${i + 1}: redirect: expected "/from /to [301|302|307|308]"`);
    }
    out.push({ from, to, status: Number(status) });
  });
  return out;
}
