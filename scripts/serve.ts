/** Serves the built site from dist/ and prints its address. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { serveStatic } from "./static-server.ts";

const dir = resolve(import.meta.dirname, "..", "dist");
if (!existsSync(dir)) {
  console.error("dist/ does not exist yet: run `npm run build` first.");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await serveStatic(dir, port);
console.log(`Serving the site at ${url}/  (Ctrl+C to stop)`);
