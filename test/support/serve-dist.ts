/**
 * Global setup for the projects that read the built site: serves dist/ once (with its
 * _headers and _redirects, as a host would) and hands the tests its URL. With
 * COUNT_PAGE_LOADS=1 it prints, at the end, how many documents (pages and iframes) a
 * browser fetched from it: the suite's page loads.
 */
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../scripts/static-server.ts";
import { DIST } from "./pages.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` before the tests that read it.");
  const server = await serveStatic(DIST);
  let documents = 0;
  server.server.on("request", (req) => {
    const dest = req.headers["sec-fetch-dest"];
    if (dest === "document" || dest === "iframe") documents++;
  });
  project.provide("baseUrl", server.url);
  return async () => {
    if (process.env.COUNT_PAGE_LOADS) console.log(`[${project.name}] documents served from dist/: ${documents}`);
    await server.close();
  };
}
