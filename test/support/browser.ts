/**
 * The browser project's one Chromium (started by test/browser/global-setup.ts). A test
 * file connects in beforeAll and closes its connection in afterAll, which closes the
 * contexts it opened and leaves the browser running for the next file.
 */
import { inject } from "vitest";
import { chromium, type Browser } from "playwright-core";

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject("browserEndpoint"));
}
