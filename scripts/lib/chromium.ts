/**
 * Launches the system Chromium through playwright-core. Nothing here downloads a browser:
 * it uses /usr/bin/chromium, or CHROME_PATH where set.
 */
import { chromium, type Browser } from "playwright-core";
import { existsSync } from "node:fs";

export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

// Root needs --no-sandbox; the rest keep Chromium from calling out on a closed network.
/** Chromium flags for this machine (also used by the Lighthouse bench). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}. Install it (Debian: apt-get install chromium) or set CHROME_PATH.`);
  }
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });
}
