/**
 * Which areas the importer extracts, and how a file's area codes map to the project's:
 * both from the site configuration's `areas` (content/site.yaml).
 */
import type { Area } from "../../../src/config/config.ts";

/** The areas the site reports on, extracted when no --area is given. */
export function defaultAreas(areas: readonly Area[]): string[] {
  return areas.map((a) => a.code);
}

/**
 * The project's code for an area code found in a file: DfE sometimes lists an area under a
 * successor council's code (an area's `otherCodes`); the site keeps one series per area,
 * under the code it has always used.
 */
export function projectCode(fileCode: string, areas: readonly Area[]): string {
  return areas.find((a) => a.otherCodes.includes(fileCode))?.code ?? fileCode;
}
