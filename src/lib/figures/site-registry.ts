/**
 * The site's figures registry, built once per site and content folder: the keys prose and
 * chart words bind ({{seed.<name>}}, {{<area key>.rate.<year>}}), read synchronously from
 * the content folder's reported-figures.yaml and the data package, because charts are
 * built synchronously. The markdown renderer binds prose from the same registry. A chart's
 * words give a figure as its text, plain ("10 per cent").
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readYaml } from "../../format/yaml-errors.ts";
import { z } from "astro/zod";
import { createFigureRegistry } from "./registry.ts";
import type { FigureRegistry } from "./types.ts";
import { reportedFigureSchema } from "../../schemas/reported-figure.ts";
import { sources } from "../data/index.ts";
import type { SiteConfig } from "../../config/config.ts";
import { perSite } from "../../config/per-site.ts";

/** Each site's registries, by the content folder their reported figures were read from. */
const registriesOf = perSite((): Map<string, FigureRegistry> => new Map());

/** The registry for the site configured by `config`, with the reported figures in `contentDir` (its content folder, or a test's copy), built once. */
export function figureRegistry(contentDir: string, config: SiteConfig): FigureRegistry {
  const registries = registriesOf(config);
  let registry = registries.get(contentDir);
  if (!registry) {
    const file = join(contentDir, "reported-figures.yaml");
    // The file's own errors are reported, with file and line, by Astro's collection and validateContent.
    const reported = existsSync(file) ? z.array(reportedFigureSchema).parse(readYaml(readFileSync(file, "utf8"), relative(process.cwd(), file)) ?? []) : [];
    registry = createFigureRegistry(
      config,
      reported.map((r) => ({ key: r.id, ...r })),
      new Set(sources(config).map((s) => s.id)),
    );
    registries.set(contentDir, registry);
  }
  return registry;
}

/** A figure's text as chart words give it: "10 per cent", "£0.5m to £1.2m". */
export function figureText(registry: FigureRegistry, key: string): string | undefined {
  return registry.get(key)?.parts.map((p) => p.text).join(" to ");
}
