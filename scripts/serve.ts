/** Serves the built site (dist/, or the configured site's output folder) and prints its address. */
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { serveStatic } from "./static-server.ts";
import { loadSiteConfig } from "../src/config/config.ts";

const dir = loadSiteConfig(process.env).paths.out;
if (!existsSync(dir)) {
  console.error(`${relative(process.cwd(), dir)}/ does not exist yet: run \`npm run build\` first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await serveStatic(dir, port);
console.log(`Serving the site at ${url}/  (Ctrl+C to stop)`);
