/** Serves the built dist/ once for all browser tests and hands them its URL. */
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../scripts/static-server.ts";
import { DIST } from "../support/pages.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` before the browser tests.");
  const server = await serveStatic(DIST);
  project.provide("baseUrl", server.url);
  return () => server.close();
}
