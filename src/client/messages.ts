/**
 * What a script says to the reader comes from content (content/ui.yaml, browser): the
 * component that renders the script's element hands it over as JSON in data-messages.
 */
export { fillSlots } from "../format/slots.ts";

/** The messages on `el` (or the nearest ancestor carrying them); throws when none are there, so a missing hand-over shows at once. */
export function readMessages<T>(el: Element): T {
  const holder = el.closest("[data-messages]");
  const json = holder?.getAttribute("data-messages");
  if (!json) throw new Error("no data-messages on this element or its ancestors");
  return JSON.parse(json) as T;
}
