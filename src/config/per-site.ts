/**
 * A store built once for each site configuration it is handed: the wording, the data
 * package, the chart registry and the markdown renderer are read on first use and kept
 * with the configuration object, not in a process-wide global, so a process that builds
 * two sites (the tests do) gets each one's own.
 */
import type { SiteConfig } from "./config.ts";

export function perSite<T>(make: (config: SiteConfig) => T): (config: SiteConfig) => T {
  const built = new WeakMap<SiteConfig, T>();
  return (config) => {
    if (!built.has(config)) built.set(config, make(config));
    return built.get(config)!;
  };
}
