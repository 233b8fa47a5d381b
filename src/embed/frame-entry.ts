/** Entry point bundled to /embed-frame.js. */
import { start } from "./frame.ts";

start(window);
