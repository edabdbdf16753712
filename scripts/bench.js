// `npm run bench`: HTTP throughput and latency of the production server, per database. A
// benchmark, not a test: it prints numbers and fails only when it cannot measure.
//
// For each database (PGlite in a fresh temp folder; a throwaway PostgreSQL cluster when the
// server binaries exist) it starts `node scripts/start.js` as a child process with the demo
// data, waits for /readyz, and drives each scenario with autocannon from this process: a 2 s
// warm-up, then a measured run. Only loopback is targeted; every run is bounded in time.
//
//   npm run bench
//   npm run bench -- --duration=5 --connections=20 --db=pglite
//
// On this 2-core machine the load generator shares the cores with the server, so compare
// ratios (a route against /login, the framework's floor) more than absolute numbers.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import {
  findPostgresBinDir,
  freePort,
  startPostgresCluster,
  withDatabase,
} from "./lib/postgres.js";
import { bin, killChildren, run, signalChild, track } from "./lib/run.js";

/**
 * What to measure. `auth` names a demo user to sign in as first (null: anonymous). Add a
 * scenario here; the table follows.
 * @type {{ name: string, path: string, auth: string | null }[]}
 */
const SCENARIOS = [
  { name: "sign-in page: the framework floor", path: "/login", auth: null },
  { name: "liveness, no database", path: "/healthz", auth: null },
  {
    name: "admin home, signed in",
    path: "/admin",
    auth: "admin@leadbench.test",
  },
];
const DEMO_PASSWORD = "leadbench-demo";

const options = parseArgs(process.argv.slice(2));
// A hard stop for the whole run, however a server or database misbehaves.
const WATCHDOG_MS = 20 * 60_000;

function parseArgs(/** @type {string[]} */ argv) {
  const values = Object.fromEntries(
    argv.map((arg) => {
      const match = /^--([a-z-]+)=(.*)$/.exec(arg);
      if (!match) {
        console.error(
          `Unknown argument ${arg}. Use --duration=S --connections=N --db=pglite|postgres`,
        );
        process.exit(2);
      }
      return [match[1], match[2]];
    }),
  );
  const duration = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 50);
  if (
    !(duration > 0 && duration <= 120) ||
    !(connections > 0 && connections <= 500)
  ) {
    console.error("--duration must be 1–120 s and --connections 1–500.");
    process.exit(2);
  }
  return { duration, connections, warmup: 2, db: values.db ?? "all" };
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps the last lines a child printed, to show only when something goes wrong. */
function tail(
  /** @type {import("node:stream").Readable | null} */ stream,
  lines = 40,
) {
  /** @type {string[]} */
  const kept = [];
  stream?.setEncoding("utf8");
  stream?.on("data", (/** @type {string} */ chunk) => {
    kept.push(...chunk.split("\n").filter(Boolean));
    if (kept.length > lines) kept.splice(0, kept.length - lines);
  });
  return () => kept.join("\n");
}

/**
 * Starts the production server and resolves once /readyz answers 200.
 * @param {NodeJS.ProcessEnv} env
 */
async function startServer(env) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it also stops anything scripts/start.js spawned.
  const child = track(
    spawn(process.execPath, ["scripts/start.js"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        COOKIE_SECURE: "false",
        DEMO_DATA: "on",
        SESSION_SECRET: "leadbench-bench-secret-not-for-production",
        // One log line per request, piped to this process, would measure the logging.
        ACCESS_LOG: "off",
        ...env,
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }),
    { group: true },
  );
  const output = [tail(child.stdout), tail(child.stderr)];
  const logs = () => output.map((read) => read()).join("\n");
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited (${child.exitCode}):\n${logs()}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.ok) return { child, baseUrl, logs };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stopServer(child);
  throw new Error(`The server was not ready within 120 s:\n${logs()}`);
}

/** @param {import("node:child_process").ChildProcess} child */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalChild(child, "SIGTERM");
  const timer = setTimeout(() => signalChild(child, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Signs in through the real form and returns the session cookie header.
 * @param {string} baseUrl @param {string} email
 */
async function signIn(baseUrl, email) {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
    redirect: "manual",
  });
  const cookies = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]);
  if (response.status >= 400 || cookies.length === 0) {
    throw new Error(
      `Signing in as ${email} failed: HTTP ${response.status}, no session cookie.`,
    );
  }
  return cookies.join("; ");
}

/** @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? NaN
  );
}

/**
 * One autocannon run. Latencies are recorded per response, because autocannon's summary has
 * p97.5 but no p95.
 * @param {string} url @param {Record<string, string>} headers @param {number} duration
 */
function load(url, headers, duration) {
  /** @type {number[]} */
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, headers, connections: options.connections, duration, timeout: 10 },
      (error, result) => {
        if (error) reject(error);
        else {
          latencies.sort((a, b) => a - b);
          resolve({ result, latencies });
        }
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

/**
 * Measures every scenario against a running server.
 * @param {string} baseUrl
 */
async function measure(baseUrl) {
  /** @type {Map<string, string>} */
  const cookies = new Map();
  const rows = [];
  for (const scenario of SCENARIOS) {
    /** @type {Record<string, string>} */
    const headers = {};
    if (scenario.auth) {
      if (!cookies.has(scenario.auth))
        cookies.set(scenario.auth, await signIn(baseUrl, scenario.auth));
      headers.cookie = cookies.get(scenario.auth) ?? "";
    }
    const url = `${baseUrl}${scenario.path}`;
    // A redirect to /login would measure the wrong page: insist on a 200 first.
    const probe = await fetch(url, { headers, redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status !== 200) {
      throw new Error(
        `${scenario.path} answered ${probe.status}, not 200: check the scenario.`,
      );
    }
    process.stdout.write(`  ${scenario.name} (GET ${scenario.path}): warm-up…`);
    await load(url, headers, options.warmup);
    process.stdout.write(` measuring ${options.duration} s…`);
    const { result, latencies } =
      /** @type {{ result: any, latencies: number[] }} */ (
        await load(url, headers, options.duration)
      );
    const failures = result.errors + result.timeouts + result.non2xx;
    console.log(` ${Math.round(result.requests.average)} req/s`);
    rows.push({
      scenario,
      rps: result.requests.average,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      failures,
      total: result.requests.total,
    });
  }
  return rows;
}

/** @param {string} title @param {Awaited<ReturnType<typeof measure>>} rows */
function printTable(title, rows) {
  const floor = rows.find((row) => row.scenario.path === "/login")?.rps;
  const header = [
    "request",
    "scenario",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors+non-2xx",
    "vs /login",
  ];
  const body = rows.map((row) => [
    `GET ${row.scenario.path}`,
    row.scenario.name,
    row.rps.toFixed(0),
    row.p50.toFixed(1),
    row.p95.toFixed(1),
    row.p99.toFixed(1),
    `${row.failures} / ${row.total}`,
    floor ? `${(row.rps / floor).toFixed(2)}×` : "",
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...body.map((row) => (row[column] ?? "").length)),
  );
  const format = (/** @type {string[]} */ row) =>
    row
      .map((cell, column) =>
        column <= 1
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  console.log(`\n${title}`);
  console.log(format(header));
  console.log(format(widths.map((width) => "-".repeat(width))));
  for (const row of body) console.log(format(row));
}

/**
 * @typedef {object} Target
 * @property {string} title
 * @property {() => Promise<{ env: NodeJS.ProcessEnv, cleanup: () => void }>} prepare
 */

/** @type {Target[]} */
const targets = [];
if (options.db === "all" || options.db === "pglite") {
  targets.push({
    title: "PGlite (fresh temp folder, demo data)",
    prepare: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "leadbench-bench-pglite-"));
      const cleanup = () => rmSync(dir, { recursive: true, force: true });
      process.once("exit", cleanup);
      return { env: { DATABASE_URL: path.join(dir, "pglite") }, cleanup };
    },
  });
}
if (options.db === "all" || options.db === "postgres") {
  const binDir = findPostgresBinDir();
  if (binDir) {
    targets.push({
      title: `PostgreSQL (throwaway cluster, ${path.basename(path.dirname(binDir))}, demo data)`,
      prepare: async () => {
        const started = Date.now();
        const cluster = await startPostgresCluster({ binDir });
        process.once("exit", cluster.stop);
        const client = new pg.Client({ connectionString: cluster.url });
        await client.connect();
        await client.query("CREATE DATABASE leadbench");
        await client.end();
        const url = withDatabase(cluster.url, "leadbench");
        // The app migrates only PGlite itself; a server is migrated first, as in production.
        const code = await run(bin("tsx"), ["scripts/db.ts", "deploy"], {
          env: { ...process.env, DATABASE_URL: url },
        });
        if (code !== 0) {
          cluster.stop();
          throw new Error(`scripts/db.ts deploy failed (exit ${code}).`);
        }
        console.log(
          `  cluster ready and migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        return { env: { DATABASE_URL: url }, cleanup: cluster.stop };
      },
    });
  } else if (options.db === "postgres") {
    console.error(
      "No PostgreSQL server binaries under /usr/lib/postgresql: apt-get install -y postgresql",
    );
    process.exit(1);
  } else {
    console.log(
      "PostgreSQL: skipped (no server binaries under /usr/lib/postgresql).",
    );
  }
}

async function main() {
  setTimeout(() => {
    console.error(
      `Benchmark still running after ${WATCHDOG_MS / 60_000} min: stopping.`,
    );
    killChildren("SIGKILL");
    process.exit(1);
  }, WATCHDOG_MS).unref();
  process.once("exit", () => killChildren("SIGKILL"));

  if (!existsSync("build/server/index.js")) {
    console.log("build/ is missing: npm run build");
    const code = await run("npm", ["run", "build"]);
    if (code !== 0) return code;
  } else {
    const built = statSync("build/server/index.js").mtime.toISOString();
    console.log(
      `Using build/ from ${built} (run \`npm run build\` first to measure newer code).`,
    );
  }
  console.log(
    `autocannon: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per scenario`,
  );

  let failed = false;
  for (const target of targets) {
    console.log(`\n== ${target.title}`);
    let prepared;
    let server;
    try {
      prepared = await target.prepare();
      const started = Date.now();
      server = await startServer(prepared.env);
      console.log(
        `  server ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${server.baseUrl}`,
      );
      printTable(target.title, await measure(server.baseUrl));
    } catch (error) {
      failed = true;
      console.error(
        `\n${target.title}: ${error instanceof Error ? error.message : error}`,
      );
      if (server)
        console.error(`Server output (last lines):\n${server.logs()}`);
    } finally {
      if (server) await stopServer(server.child);
      prepared?.cleanup();
    }
  }

  // The domain's own benchmark, when the calibration module offers one.
  const calibration = "scripts/bench/calibration.ts";
  if (
    existsSync(calibration) &&
    readFileSync(calibration, "utf8").includes("runCalibrationBench")
  ) {
    console.log("\n== Calibration (in-process, no server)");
    const code = await run(bin("tsx"), [calibration]);
    if (code !== 0) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
