/**
 * An area's name as a sentence says it. DfE and ONS list some councils as "Bristol, City
 * of" or "Herefordshire, County of", so that lists sort by place; a sentence reorders
 * them ("City of Bristol"), so that "City of Bristol's rank" reads where "Bristol, City
 * of's rank" would not. Tables and charts keep the name as published.
 */
export function areaNameInProse(name: string): string {
  const m = /^(.+), ((?:City|County|Borough) of)$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name;
}
