/**
 * `npm test`: every check, arranged so that the machine's two cores both stay busy
 * (docs/testing.md has the table). Each step is one of the npm scripts, so any of them
 * can still be run alone.
 *
 *   1. the unit tests          beside   the production build into dist/
 *   2. the tests on dist/      beside   the type check, then the whole-build tests
 *
 * Why this order: the tests on dist/ need the build; the unit tests need nothing, and the
 * build keeps one core busy while they take the other. The browser tests spend much of
 * their time waiting on pages, which leaves room for the type check and the whole builds
 * of test/build/. Those two run one after the other because both write Astro's `.astro/`
 * and its content store, which the type check reads; nothing on dist/ runs Astro.
 *
 * The tests on dist/ are the longest step, so the steps beside them run at a lower
 * priority (`nice`): they take what the browser tests leave idle instead of slowing them.
 *
 * One step's output streams as it runs (the unit tests, then the tests on dist/); the
 * others are held and printed after it, so no two interleave. It stops after the first
 * stage that fails, and fails if any step does. Hand-written: thirty lines, where a
 * package to run scripts side by side would interleave or drop the output.
 */
import { spawn } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface Result {
  script: string;
  code: number;
  /** The step's output when it was held back, else "". */
  output: string;
  /** When it started and ended, in seconds since `npm test` started. */
  from: number;
  to: number;
}

const started = performance.now();
const now = () => Math.round((performance.now() - started) / 1000);

/** Runs `npm run <script>`, streaming its output when `live`, else holding it; `background` runs it under `nice` where there is one. */
function run(script: string, live: boolean, background = false): Promise<Result> {
  const [command, args] = background && process.platform !== "win32" ? ["nice", ["-n", "10", npm, "run", script]] : [npm, ["run", script]];
  const from = now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: live ? "inherit" : ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (c: Buffer) => chunks.push(c));
    child.stderr?.on("data", (c: Buffer) => chunks.push(c));
    child.on("close", (code) => resolve({ script, code: code ?? 1, output: Buffer.concat(chunks).toString("utf8"), from, to: now() }));
  });
}

/** Runs held steps one after another, stopping at the first that fails. */
async function inTurn(scripts: string[], background = false): Promise<Result[]> {
  const results: Result[] = [];
  for (const script of scripts) {
    const r = await run(script, false, background);
    results.push(r);
    if (r.code !== 0) break;
  }
  return results;
}

/** Prints the held steps' output, when each step ran, and which failed; true when all passed. */
function report(results: Result[]): boolean {
  for (const r of results) if (r.output) process.stdout.write(`\n--- npm run ${r.script} (run beside the tests above) ---\n${r.output}`);
  // Where the time went, for docs/testing.md's figures and the next person cutting it.
  for (const r of results) console.log(`npm run ${r.script}: ${r.from} s to ${r.to} s (${r.to - r.from} s)${r.code === 0 ? "" : `, exit ${r.code}`}`);
  const failed = results.filter((r) => r.code !== 0);
  for (const r of failed) console.error(`npm run ${r.script} failed (exit ${r.code})`);
  return failed.length === 0;
}

const first = await Promise.all([run("test:unit", true), inTurn(["build"])]);
if (!report([first[0], ...first[1]])) process.exit(1);

const second = await Promise.all([run("test:dist", true), inTurn(["typecheck", "test:build"], true)]);
if (!report([second[0], ...second[1]])) process.exit(1);
