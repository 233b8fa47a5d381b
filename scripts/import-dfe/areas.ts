/**
 * Which areas the importer extracts, and how a file's area codes map to the project's.
 */
import { AREAS } from "../../src/lib/data/index.ts";

/** The areas the site reports on, extracted when no --area is given. */
export const DEFAULT_AREAS: readonly string[] = [AREAS.worcestershire, AREAS.england, AREAS.westMidlands, AREAS.essex, AREAS.northYorkshire];

// Later DfE files list North Yorkshire under the code of the unitary council that replaced
// the county council (same area, same DfE number 815). The site keeps one series per area,
// under the code it has always used.
const SUCCESSOR_CODES: ReadonlyMap<string, string> = new Map([["E06000065", AREAS.northYorkshire]]);

/** The project's code for an area code found in a file. */
export function projectCode(fileCode: string): string {
  return SUCCESSOR_CODES.get(fileCode) ?? fileCode;
}
