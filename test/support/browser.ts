/**
 * The browser project's one Chromium (started by test/browser/global-setup.ts). A test
 * file connects in beforeAll and closes its connection in afterAll, which closes the
 * contexts it opened and leaves the browser running for the next file: useBrowser() does both.
 */
import { afterAll, beforeAll, inject } from "vitest";
import { chromium, type Browser } from "playwright-core";

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject("browserEndpoint"));
}

/** Connects for this file's tests and closes the connection after them; call it at the file's top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("useBrowser(): no connection yet (use it inside a test or hook)");
    return browser;
  };
}
