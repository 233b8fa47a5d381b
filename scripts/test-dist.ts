/**
 * The last step of `npm test`: the type check beside the tests on dist/ (docs/testing.md).
 *
 * `astro check` keeps one core busy for most of a minute, while the browser tests spend
 * much of theirs waiting on pages, so on two cores the two overlap well. The type check
 * runs here rather than earlier because nothing in the static and browser projects runs
 * Astro: the whole builds of test/build/ rewrite .astro/, which `astro check` reads.
 * Its output is held back and printed after the tests, so the two do not interleave;
 * the step fails if either does. Hand-written: a dozen lines, where a package to run
 * scripts side by side would interleave or drop the output.
 */
import { spawn } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const typecheck = new Promise<{ code: number; output: string }>((resolve) => {
  const child = spawn(npm, ["run", "typecheck"], { stdio: ["ignore", "pipe", "pipe"] });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.stderr.on("data", (c: Buffer) => chunks.push(c));
  child.on("close", (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8") }));
});

const tests = await new Promise<number>((resolve) => {
  spawn(npm, ["run", "test:dist"], { stdio: "inherit" }).on("close", (code) => resolve(code ?? 1));
});

const check = await typecheck;
process.stdout.write(`\n--- npm run typecheck (run beside the tests above) ---\n${check.output}`);
if (check.code !== 0) console.error(`npm run typecheck failed (exit ${check.code})`);
process.exitCode = tests !== 0 ? tests : check.code;
