/**
 * The site's public address: the one setting every absolute URL comes from (cite text,
 * embed code, og and twitter tags, oEmbed, the feed, the calendar, JSON-LD and the source
 * line in each chart's SVG and PNG). The site configuration (config.ts) settles it once
 * and astro.config.mjs sets Astro's `site` from it, so nothing else spells out a host.
 *
 * Hosts set their own variable during a build, so a deploy needs no configuration:
 * Netlify sets `URL` (the site's main address, its custom domain once it has one) and
 * Cloudflare Pages sets `CF_PAGES_URL`. `SITE_URL`, set by hand, comes first: it is the
 * way to give any host, or a custom domain on Cloudflare Pages, its address (there,
 * `CF_PAGES_URL` is the address of that one deployment). With none of them set the
 * build is a local preview on this computer, and the pages that offer links to copy
 * (embed code, citation) say so.
 */

/** The address of a local build: what `npm start` serves. */
export const LOCAL_SITE_URL = "http://localhost:4321/";

/** The variables read, in order: the first one set wins. */
export const SITE_URL_VARIABLES = ["SITE_URL", "URL", "CF_PAGES_URL"] as const;
export type SiteUrlVariable = (typeof SITE_URL_VARIABLES)[number];

export interface PublicUrl {
  /** The site's root, always ending in "/": "https://example.org/". */
  href: string;
  /** The origin alone: "https://example.org". */
  origin: string;
  /**
   * Where it was set: the variable's name, or the file, line and field of the site's
   * configuration ("content/site.yaml:12: publicUrl"); null for a local build with neither.
   */
  from: string | null;
  /** True when links would only work on this computer (no variable set, or a loopback host). */
  local: boolean;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The public address from an environment. A variable that is set but is not an http(s)
 * address of a site's root throws, naming the variable: a build with a wrong address
 * would publish broken links in every embed and citation.
 */
export function resolvePublicUrl(env: Readonly<Record<string, string | undefined>>, file?: { value: string; where: string }): PublicUrl {
  const variable = SITE_URL_VARIABLES.find((name) => (env[name] ?? "").trim() !== "");
  // A host's variable wins over the file: it is the address this deployment is served at.
  const [from, raw] = variable ? [variable, env[variable]!.trim()] : file ? [file.where, file.value.trim()] : [null, LOCAL_SITE_URL];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${from}: "${raw}" is not an address; expected one like https://example.org`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${from}: "${raw}" must start with https:// (or http://)`);
  // Every link in the site is root-relative ("/charts/…"), so the site must be served at a root.
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(`${from}: "${raw}" must be the site's root address alone, like ${url.origin}; the site is served from "/"`);
  }
  return { href: `${url.origin}/`, origin: url.origin, from, local: from === null || LOOPBACK.has(url.hostname) };
}
