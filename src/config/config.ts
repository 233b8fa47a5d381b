/**
 * The site's configuration: content/site.yaml of the site being built, checked against
 * its schema, with every path resolved and the public address and as-of date settled.
 * It is the one place that reads the environment; everything else is handed the result:
 * each program builds it once at its top with loadSiteConfig(process.env) and passes it
 * down. astro.config.mjs builds it for the Astro build, which gets it as
 * `virtual:site/config` and, in pages, components and endpoints, as `locals.site`
 * (src/middleware.ts); scripts/build.ts hands it to the post-build steps; the other
 * commands build it at their entry. Engine functions take it, or the piece they need, as
 * a parameter.
 *
 * Which site: SITE_DIR names the site's folder (default: the working directory, this
 * repository's own site); its configuration is <folder>/content/site.yaml. The other
 * variables override one setting each, for hosts and tests:
 *
 *   SITE_URL, URL, CF_PAGES_URL   the public address (see public-url.ts)
 *   SITE_AS_OF                    the as-of date, YYYY-MM-DD
 *   CONTENT_DIR, DATA_DIR, OUT_DIR  folders (tests build copies with planted faults)
 *   FEEDBACK_CONFIG               the feedback config, relative to the working directory
 *   PUBLISHER_NAME, PUBLISHER_CONTACT  the publisher, for test builds with a public address
 *   CI, CHART_VERSIONS            whether a changed chart may append to its version ledger
 *
 * A build with a public address is a build for publishing: it stops unless the publisher's
 * name and contact are given (content/site.yaml's `publisher`), naming the file, line and
 * field. A local preview may have none, and says on every page that it is unpublished.
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { siteConfigSchema, type Area, type SiteConfigFile } from "../schemas/site-config.ts";
import { lineOfPath, parseYamlText, validateYamlText } from "../format/yaml-errors.ts";
import { publisherContactSchema, type Publisher } from "../schemas/publisher.ts";
import { resolvePublicUrl, type PublicUrl } from "./public-url.ts";
import { parseAsOf, type IsoDate } from "./as-of.ts";

export type { Area } from "../schemas/site-config.ts";

export interface SitePaths {
  /** The site's folder. */
  site: string;
  /** Absolute paths. */
  content: string;
  data: string;
  out: string;
  feedback: string;
  /** The configuration file itself. */
  config: string;
  /**
   * Where the output folder was set, for messages: "OUT_DIR" or
   * "content/site.yaml:71: paths.out" (or "… paths.out (default)").
   */
  outSetting: string;
}

export interface SiteConfig extends Omit<SiteConfigFile, "paths" | "publicUrl" | "asOf"> {
  paths: SitePaths;
  publicUrl: PublicUrl;
  asOf: IsoDate;
  /** The council's own area (the area with role "council"). */
  councilArea: Area;
  /**
   * What a build does with a chart whose content changed: "append" records the version in
   * its ledger (a local build, or CHART_VERSIONS=append); "check" stops the build, since
   * a clean clone in CI would throw the appended entry away (src/features/ledger.ts).
   */
  chartVersions: "append" | "check";
}

type Env = Readonly<Record<string, string | undefined>>;

export class SiteConfigError extends Error {}

/** A site's configuration from its folder and an environment; throws SiteConfigError naming file, line and field. */
export function loadSiteConfig(env: Env, now: () => Date = () => new Date(), cwd: string = process.cwd()): SiteConfig {
  const site = resolve(cwd, env.SITE_DIR || ".");
  const content = resolve(cwd, env.CONTENT_DIR || join(site, "content"));
  const file = join(content, "site.yaml");
  const shown = relative(cwd, file) || file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new SiteConfigError(`${shown}:1: (file): missing; every site has a content/site.yaml (see docs/new-site.md)`);
  }
  const errors = validateYamlText(text, shown, siteConfigSchema);
  if (errors.length > 0) throw new SiteConfigError(errors.join("\n"));
  const parsed = parseYamlText(text, shown);
  const file_ = siteConfigSchema.parse(parsed.data);
  const outLine = parsed.lineOf(["paths", "out"]);
  const outInFile = (parsed.data as { paths?: { out?: unknown } }).paths?.out !== undefined;
  const at = (base: string, p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const paths: SitePaths = {
    site,
    content,
    data: env.DATA_DIR ? resolve(cwd, env.DATA_DIR) : at(site, file_.paths.data),
    out: env.OUT_DIR ? resolve(cwd, env.OUT_DIR) : at(site, file_.paths.out),
    feedback: env.FEEDBACK_CONFIG ? resolve(cwd, env.FEEDBACK_CONFIG) : at(content, file_.paths.feedback),
    config: file,
    outSetting: env.OUT_DIR ? "OUT_DIR" : outInFile ? `${shown}:${outLine}: paths.out` : `${shown}: paths.out (default "dist")`,
  };
  const publicUrl = resolvePublicUrl(env, file_.publicUrl === null ? undefined : { value: file_.publicUrl, where: `${shown}:${parsed.lineOf(["publicUrl"])}: publicUrl` });
  const asOf = env.SITE_AS_OF ? parseAsOf(env.SITE_AS_OF) : (file_.asOf ?? now().toISOString().slice(0, 10));
  const publisher = publisherOf(file_.publisher, env);
  // A story page is a file in content/pages: a name with no file would be a link to nothing.
  const unknownPages = file_.nav.flatMap((g, i) =>
    g.sections.flatMap((s, j) =>
      "page" in s && !existsSync(join(content, "pages", `${s.page}.md`))
        ? [`${shown}:${parsed.lineOf(["nav", i, "sections", j, "page"])}: nav.${i}.sections.${j}.page: unknown page "${s.page}": there is no ${join(relative(cwd, content) || ".", "pages", `${s.page}.md`)}`]
        : [],
    ),
  );
  if (unknownPages.length > 0) throw new SiteConfigError(unknownPages.join("\n"));
  if (!publicUrl.local) {
    // A published site names who answers for it: no build for publishing without a publisher to write to.
    const where = `this build is for publishing at ${publicUrl.href} (from ${publicUrl.from})`;
    const missing = [
      publisher.name === null ? `${shown}:${lineOfPath(text, ["publisher", "name"])}: publisher.name: ${where}, so the site must say who publishes it: give the publisher's name` : null,
      publisher.contact === null ? `${shown}:${lineOfPath(text, ["publisher", "contact"])}: publisher.contact: ${where}, so readers need a way to send corrections: give an email address or an https address` : null,
    ].filter((m): m is string => m !== null);
    if (missing.length > 0) throw new SiteConfigError(missing.join("\n"));
  }
  const chartVersions = env.CI && env.CHART_VERSIONS !== "append" ? "check" : "append";
  return { ...file_, publisher, paths, publicUrl, asOf, councilArea: file_.areas.find((a) => a.role === "council")!, chartVersions };
}

/**
 * The publisher, with PUBLISHER_NAME and PUBLISHER_CONTACT overriding the file's fields for
 * one build: the test suite's builds for publishing use them, so this repository's
 * site.yaml keeps its publisher empty until a real one is named. A bad contact throws,
 * naming the variable.
 */
function publisherOf(p: Publisher, env: Env): Publisher {
  const name = env.PUBLISHER_NAME?.trim() || p.name;
  const raw = env.PUBLISHER_CONTACT?.trim();
  if (raw && !publisherContactSchema.safeParse(raw).success) throw new SiteConfigError(`PUBLISHER_CONTACT: "${raw}" is not an email address or an https address`);
  return { ...p, name, contact: raw || p.contact };
}

/** The area with this code (or one of its other codes), or undefined. */
export function areaOf(code: string, config: SiteConfig): Area | undefined {
  return config.areas.find((a) => a.code === code || a.otherCodes.includes(code));
}

/** The areas with a role, in configuration order. */
export function areasWithRole(role: Area["role"], config: SiteConfig): Area[] {
  return config.areas.filter((a) => a.role === role);
}

/** An absolute URL on the site for a root-relative path ("/charts/x/" → "https://example.org/charts/x/"). */
export function absoluteUrl(path: string, config: SiteConfig): string {
  if (!path.startsWith("/")) throw new Error(`absoluteUrl: "${path}" must start with "/"`);
  return new URL(path, config.publicUrl.href).href;
}

/** The one area with a role ("nation", "region"), or throws naming the setting: a chart that needs it cannot be drawn without it. */
export function theArea(role: Exclude<Area["role"], "comparator">, config: SiteConfig): Area {
  const area = config.areas.find((a) => a.role === role);
  if (!area) throw new Error(`${relative(process.cwd(), config.paths.config)}: areas: no area with role "${role}"`);
  return area;
}
