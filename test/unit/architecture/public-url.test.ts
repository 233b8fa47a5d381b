import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { LOCAL_SITE_URL, resolvePublicUrl } from "../../../src/config/public-url.ts";
import astroConfig from "../../../astro.config.mjs";
import { site } from "../../support/site.ts";

const publicUrl = site.publicUrl;

describe("resolvePublicUrl(env)", () => {
  it("takes Netlify's URL", () => {
    expect(resolvePublicUrl({ URL: "https://homes.example.org" })).toEqual({ href: "https://homes.example.org/", origin: "https://homes.example.org", from: "URL", local: false });
  });

  it("takes Cloudflare Pages' CF_PAGES_URL", () => {
    expect(resolvePublicUrl({ CF_PAGES_URL: "https://abc123.homes.pages.dev" })).toMatchObject({ href: "https://abc123.homes.pages.dev/", from: "CF_PAGES_URL", local: false });
  });

  it("puts SITE_URL, set by hand, before the hosts' own variables", () => {
    const env = { SITE_URL: "https://homes.example.org/", URL: "https://homes.netlify.app", CF_PAGES_URL: "https://abc123.homes.pages.dev" };
    expect(resolvePublicUrl(env)).toMatchObject({ href: "https://homes.example.org/", from: "SITE_URL" });
    expect(resolvePublicUrl({ ...env, SITE_URL: undefined })).toMatchObject({ href: "https://homes.netlify.app/", from: "URL" });
    expect(resolvePublicUrl({ ...env, SITE_URL: " ", URL: "" })).toMatchObject({ href: "https://abc123.homes.pages.dev/", from: "CF_PAGES_URL" });
  });

  it("with nothing set, is a local preview on localhost", () => {
    expect(resolvePublicUrl({})).toEqual({ href: LOCAL_SITE_URL, origin: "http://localhost:4321", from: null, local: true });
  });

  it("calls a loopback address local even when it is set", () => {
    for (const a of ["http://localhost:8080", "http://127.0.0.1:4321/", "http://[::1]:3000"]) expect(resolvePublicUrl({ SITE_URL: a }).local).toBe(true);
    expect(resolvePublicUrl({ SITE_URL: "http://example.org" }).local).toBe(false);
  });

  it("refuses an address that is not a site's root, naming the variable", () => {
    expect(() => resolvePublicUrl({ URL: "example.org" })).toThrow(/^URL: "example\.org" is not an address/);
    expect(() => resolvePublicUrl({ SITE_URL: "ftp://example.org" })).toThrow(/^SITE_URL: .* must start with https:\/\//);
    expect(() => resolvePublicUrl({ CF_PAGES_URL: "https://example.org/homes/" })).toThrow(/^CF_PAGES_URL: .* root address alone, like https:\/\/example\.org/);
    expect(() => resolvePublicUrl({ SITE_URL: "https://example.org/?x=1" })).toThrow(/root address alone/);
  });
});

describe("one setting for every absolute URL", () => {
  it("astro.config.mjs's site is the configuration's address", () => {
    expect(astroConfig.site).toBe(publicUrl.href);
  });

  // Anything else that reads the address (Astro's `site`, the environment) or spells out a
  // local host could publish a link that differs from the rest, or one that names this computer.
  it("nothing in src/ reads the address another way or names a local host", () => {
    const root = resolve(import.meta.dirname, "../../..");
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const own = [join(root, "src/config/public-url.ts"), join(root, "src/config/config.ts")];
    const forbidden = [
      /\bAstro\.site\b/,
      /\bcontext\.site\b/,
      /\(\s*\{[^}]*\bsite\b[^}]*\}\s*\)\s*=>/, // an endpoint taking `site` from its context
      /\benv\.(?:URL|SITE_URL|CF_PAGES_URL)\b/,
      /\blocalhost\b|\b127\.0\.0\.1\b/,
    ];
    const found = files(join(root, "src"))
      .filter((f) => !own.includes(f) && /\.(ts|astro|mjs|js)$/.test(f))
      .flatMap((f) => readFileSync(f, "utf8").split("\n").flatMap((l, i) => (forbidden.some((re) => re.test(l)) ? [`${relative(root, f)}:${i + 1}: ${l.trim()}`] : [])));
    expect(found).toEqual([]);
  });
});
