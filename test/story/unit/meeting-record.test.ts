/**
 * The scrutiny board's meeting record follows its minute point by point: every point of the
 * minute (test/fixtures/minutes/) is reported, in the minute's order, and every phrase the
 * record quotes is one the fixture finds, verbatim, in the minute point it comes from. When
 * the seed document itself is at hand (../shared/reference/seeds/), the fixture is checked
 * against it too, so the fixture cannot drift from the minute.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../src/schemas/meeting.ts";
import { ROOT } from "../../support/timeline.ts";
import { fixture, record, type MinuteFixture } from "../../support/minute-fixture.ts";

/** The minute's points the record reports, in the record's order, each once. */
const minuteOrder = (m: Meeting) => m.points.map((p) => p.minutePoint).filter((r, i, a) => r !== a[i - 1]);

/** Phrases in double quotes in a point's text (as written in the YAML, before typographic quotes). */
const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/\s+/g, " "));

/** What the record says is wrong with it against the fixture; empty when it follows the minute. */
function problems(m: Meeting, f: MinuteFixture): string[] {
  const out: string[] = [];
  const refs = f.points.map((p) => p.ref);
  const order = minuteOrder(m);
  for (const r of refs) if (!order.includes(r)) out.push(`minute point ${r} ("${f.points.find((p) => p.ref === r)!.opens} …") is missing from the record`);
  for (const r of order) if (r === undefined || !refs.includes(r)) out.push(`record names minute point ${r ?? "(none)"}, which the minute does not have`);
  const known = order.filter((r) => r !== undefined && refs.includes(r));
  const expected = refs.filter((r) => known.includes(r));
  if (known.join() !== expected.join()) out.push(`record points are not in the minute's order: ${known.join(", ")}`);
  for (const p of m.points) {
    const source = f.points.find((x) => x.ref === p.minutePoint);
    if (!source) continue;
    for (const q of quoted(p.text)) if (!source.quotes.includes(q)) out.push(`point ${p.id}: "${q}" is not a quotation the fixture finds in minute point ${p.minutePoint}`);
    if (quoted(p.text).length > 0 && !p.speaker.trim()) out.push(`point ${p.id}: a quotation with no speaker`);
  }
  return out;
}

describe(`content/meetings/${fixture.meeting}.yaml follows the minute point by point`, () => {
  it("every point of the minute is in the record, in order, and every quotation is the minute's words from that point", () => {
    expect(problems(record, fixture)).toEqual([]);
    expect(minuteOrder(record)).toEqual(fixture.points.map((p) => p.ref));
  });

  it("catches a dropped point, points out of order and a quotation the minute does not have", () => {
    const dropped = { ...record, points: record.points.filter((p) => p.minutePoint !== "discussion-20") };
    expect(problems(dropped, fixture)).toEqual([expect.stringMatching(/^minute point discussion-20 \("It was further suggested that it might be possible/)]);
    const i = record.points.findIndex((p) => p.id === "a-money");
    const swapped = [...record.points];
    [swapped[i - 1], swapped[i]] = [swapped[i]!, swapped[i - 1]!];
    expect(problems({ ...record, points: swapped }, fixture)).toContainEqual(expect.stringMatching(/not in the minute's order/));
    const widened = record.points.map((p) => (p.id === "a-short-breaks" ? { ...p, text: p.text.replace('"experienced as a step into care"', '"a first step into care"') } : p));
    expect(problems({ ...record, points: widened }, fixture)).toEqual([`point a-short-breaks: "a first step into care" is not a quotation the fixture finds in minute point discussion-2`]);
  });

  const seedFile = resolve(ROOT, "..", "shared/reference/seeds", fixture.seed);
  it.skipIf(!existsSync(seedFile))("the fixture matches the seed document: each point opens as it says, in order, and holds each quotation verbatim", () => {
    const seed = readFileSync(seedFile, "utf8").replace(/\s+/g, " ");
    const starts = fixture.points.map((p) => seed.indexOf(p.opens));
    for (const [n, p] of fixture.points.entries()) {
      expect(starts[n], `${p.ref} opens "${p.opens}"`).toBeGreaterThanOrEqual(0);
      if (n > 0) expect(starts[n]!, `${p.ref} comes after ${fixture.points[n - 1]!.ref}`).toBeGreaterThan(starts[n - 1]!);
      const end = fixture.points[n + 1] ? starts[n + 1]! : seed.length;
      const text = seed.slice(starts[n], end);
      for (const q of p.quotes) expect(text, `${p.ref}: "${q}"`).toContain(q);
    }
  });
});
