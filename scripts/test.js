// `npm test`: every check the project has, in the order that fails cheapest first, stopping
// at the first failure. Prints a banner per step, a summary table with durations, and a
// closing `N passed, N failed` line counted from the test runners' JSON reports.
//
//   npm test                      all steps
//   npm test -- --skip-e2e        skip a step by id (any id below: --skip-lint, --skip-postgres…)
//
// PostgreSQL integration runs when TEST_DATABASE_URL is set or Debian's server binaries exist
// (a throwaway cluster is started); otherwise it is skipped and says why.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findPostgresBinDir } from "./lib/postgres.js";
import { bin, run } from "./lib/run.js";

const reportDir = mkdtempSync(path.join(tmpdir(), "leadbench-test-"));
// On every way out, Ctrl-C included (run.js exits the process on a signal).
process.once("exit", () => rmSync(reportDir, { recursive: true, force: true }));
const report = (/** @type {string} */ name) =>
  path.join(reportDir, `${name}.json`);

/**
 * @typedef {object} Step
 * @property {string} id for --skip-<id>
 * @property {string} title
 * @property {string} command
 * @property {string[]} args
 * @property {NodeJS.ProcessEnv} [env]
 * @property {"vitest" | "playwright"} [runner] whose JSON report to count tests from
 * @property {string} [reportFile]
 * @property {string | null} [skip] why the step does not run, if it does not
 */

/** @param {string} project @param {string} id */
function vitestArgs(project, id) {
  // The default reporter for people, the JSON one for the count.
  return [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report(id)}`,
  ];
}

function postgresSkipReason() {
  if (process.env.TEST_DATABASE_URL) return null;
  if (findPostgresBinDir()) return null;
  return "no TEST_DATABASE_URL and no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install -y postgresql)";
}

/** @type {Step[]} */
const steps = [
  { id: "typecheck", title: "typecheck", command: bin("tsc"), args: [] },
  {
    id: "lint",
    title: "lint",
    command: bin("eslint"),
    args: [".", "--max-warnings", "0"],
  },
  {
    id: "format",
    title: "format check",
    command: bin("prettier"),
    args: ["--check", "."],
  },
  {
    id: "content",
    title: "content lint",
    command: process.execPath,
    args: ["bin/leadbench.js", "content", "lint", "--strict"],
  },
  {
    id: "unit",
    title: "unit tests",
    command: bin("vitest"),
    args: vitestArgs("unit", "unit"),
    runner: "vitest",
    reportFile: report("unit"),
  },
  {
    id: "integration",
    title: "integration tests (PGlite)",
    command: bin("vitest"),
    args: vitestArgs("integration", "integration"),
    env: { INTEGRATION_DB: "pglite" },
    runner: "vitest",
    reportFile: report("integration"),
  },
  {
    id: "postgres",
    title: "integration tests (PostgreSQL)",
    command: bin("vitest"),
    args: vitestArgs("integration", "postgres"),
    env: { INTEGRATION_DB: "postgres" },
    runner: "vitest",
    reportFile: report("postgres"),
    skip: postgresSkipReason(),
  },
  {
    id: "e2e",
    title: "end-to-end tests (Playwright)",
    command: process.execPath,
    args: ["scripts/e2e.js"],
    env: { E2E_JSON_REPORT: report("e2e") },
    runner: "playwright",
    reportFile: report("e2e"),
  },
];

const argv = process.argv.slice(2);
if (argv.includes("--help") || argv.includes("-h")) {
  console.log(
    `Usage: npm test [-- --skip-<id> ...]\nSteps: ${steps.map((s) => s.id).join(", ")}`,
  );
  process.exit(0);
}
for (const arg of argv) {
  const id = /^--skip-(.+)$/.exec(arg)?.[1];
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) {
    console.error(
      `Unknown option ${arg}. Steps: ${steps.map((s) => s.id).join(", ")}`,
    );
    process.exit(2);
  }
  step.skip = `${arg} given`;
}

/**
 * Test counts from a runner's JSON report, or null when it wrote none (it crashed early).
 * @param {Step} step
 * @returns {{ passed: number, failed: number, skipped: number } | null}
 */
function readCounts(step) {
  if (!step.reportFile) return null;
  let data;
  try {
    data = JSON.parse(readFileSync(step.reportFile, "utf8"));
  } catch {
    return null;
  }
  if (step.runner === "vitest") {
    return {
      passed: data.numPassedTests ?? 0,
      failed: data.numFailedTests ?? 0,
      skipped: (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0),
    };
  }
  const stats = data.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
const line = "─".repeat(78);

/** @type {{ step: Step, status: string, ms: number, counts: ReturnType<typeof readCounts> }[]} */
const results = [];
let failedStep = /** @type {Step | null} */ (null);
const started = Date.now();

for (const [index, step] of steps.entries()) {
  const label = `[${index + 1}/${steps.length}] ${step.title}`;
  if (failedStep) {
    results.push({ step, status: "not run", ms: 0, counts: null });
    continue;
  }
  if (step.skip) {
    console.log(`\n${line}\n⏭  ${label}: skipped (${step.skip})\n${line}`);
    results.push({ step, status: "skipped", ms: 0, counts: null });
    continue;
  }
  const shown = [path.basename(step.command), ...step.args].join(" ");
  console.log(`\n${line}\n▶  ${label}\n   ${shown}\n${line}`);
  const stepStarted = Date.now();
  const code = await run(step.command, step.args, {
    env: { ...process.env, ...step.env },
  });
  const ms = Date.now() - stepStarted;
  const counts = readCounts(step);
  if (code === 0) {
    console.log(`✔  ${step.title} passed in ${seconds(ms)}`);
    results.push({ step, status: "passed", ms, counts });
  } else {
    console.log(
      `\n✖  ${step.title} FAILED (exit ${code}) after ${seconds(ms)}: stopping here.`,
    );
    results.push({ step, status: "FAILED", ms, counts });
    failedStep = step;
  }
}

// Summary table.
const rows = results.map(({ step, status, ms, counts }) => [
  step.title,
  status,
  counts
    ? `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
    : "",
  status === "passed" || status === "FAILED" ? seconds(ms) : "",
]);
const header = ["step", "result", "tests", "time"];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
);
const format = (/** @type {string[]} */ row) =>
  row
    .map((cell, column) => cell.padEnd(widths[column] ?? 0))
    .join("  ")
    .trimEnd();
console.log(`\n${line}\nSummary\n${line}`);
console.log(format(header));
console.log(format(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(format(row));
console.log(`total time ${seconds(Date.now() - started)}`);

// The closing count: tests from the runners' reports. A failed step that counted no failed
// test (a type error, a lint error, a runner that crashed before its tests) counts as one
// failure, so the line never reads "0 failed" for a failed run.
let passed = 0;
let failed = 0;
let skipped = 0;
for (const { status, counts } of results) {
  passed += counts?.passed ?? 0;
  failed += counts?.failed ?? 0;
  skipped += counts?.skipped ?? 0;
  if (status === "FAILED" && !counts?.failed) failed += 1;
}
if (failedStep) console.log(`\nnpm test failed at: ${failedStep.title}`);
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
process.exitCode = failedStep ? 1 : 0;
