/** Entry point bundled to /embed.js. currentScript is only set while the script first runs. */
import { install } from "./host.ts";

install(window, (document.currentScript as HTMLScriptElement | null)?.src);
