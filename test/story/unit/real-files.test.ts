/**
 * This site's committed all-councils data is what DfE's two real local-authority files say,
 * read from ../shared/reference/dfe/ beside the repository. The files are not part of the
 * project; where they are absent this test is skipped and says so. The importer on those
 * files is checked in test/unit/importers/dfe-looked-after/real-files.test.ts.
 */
import { existsSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, importDfe } from "../../unit/importers/dfe-looked-after/project.ts";

const DIR = resolve(ROOT, "..", "shared", "reference", "dfe");
const OLD = join(DIR, "cla_number_and_rate_per_10k_children_2018-2022.csv");
const NEW = join(DIR, "cla_number_and_rate_per_10k_children_2021-2025.csv");
const present = existsSync(OLD) && existsSync(NEW);
const title = present ? "the importer on DfE's real files" : `the importer on DfE's real files (skipped: not found in ${DIR})`;

describe.skipIf(!present)(title, () => {
  it("finds the project's committed all-councils data identical to both files (--check: 0 differ)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "councils-check-"));
    cpSync(join(ROOT, "data"), dir, { recursive: true });
    for (const file of [OLD, NEW]) {
      const { code, out } = await importDfe(dir, [file, "--councils", "--check"]);
      expect(out.at(-1)).toBe(`checked ${file === OLD ? 1560 : 1550} values, 0 differ`);
      expect(code).toBe(0);
    }
  });
});
