/** The system Chromium, launched as the scripts launch it (scripts/lib/chromium.ts). */
export { CHROME_PATH, CHROMIUM_ARGS, launchChromium } from "../../scripts/lib/chromium.ts";
