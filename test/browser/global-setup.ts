/**
 * One Chromium for the whole browser project: launched once as a server, and every test
 * file connects to it (test/support/browser.ts) instead of starting its own.
 */
import { chromium } from "playwright-core";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { CHROME_PATH, CHROMIUM_ARGS } from "../../scripts/lib/chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH}. Install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
  const server = await chromium.launchServer({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
  project.provide("browserEndpoint", server.wsEndpoint());
  return () => server.close();
}
