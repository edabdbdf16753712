// `npm run bench`: HTTP throughput and latency of the production server on every page a hiring
// round lives on, per database. A benchmark, not a test: it prints numbers and fails only when
// it cannot measure.
//
// For each database (PGlite in a fresh temp folder; a throwaway PostgreSQL cluster when the
// server binaries exist) it builds the bench data set (scripts/bench/dataset.ts: the demo data,
// an opening of 200 candidates × 6 panelists, 200 candidates mid-assessment), starts
// `node scripts/start.js`, opens sessions through the real sign-in form and invite links, and
// drives each scenario (scripts/bench/scenarios.js) with autocannon: a warm-up, then a
// measured run, sampling the server's resident memory. Loopback only, bounded in time.
//
//   npm run bench                                  PGlite and PostgreSQL, one process each
//   npm run bench -- --cluster                     PostgreSQL, 2 processes behind nginx
//   npm run bench -- --cluster --processes=3
//   npm run bench -- --entry                       our server entry against remix-serve
//   npm run bench -- --duration=5 --connections=20 --db=pglite --only=autosave
//   npm run bench -- --db=pglite --pglite-fsync=off    PGlite without fsync, for comparison
//
// On this 2-core machine the load generator shares the cores with the server, so compare
// ratios (a route against /login, the framework's floor) more than absolute numbers.
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  existsSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, stopServer } from "./lib/app-server.js";
import { cpuMs, drive, sampleMemory } from "./lib/load.js";
import { ensureNginx, startNginx } from "./lib/nginx.js";
import { findPostgresBinDir } from "./lib/postgres.js";
import { bin, killChildren, run } from "./lib/run.js";
import { buildDataset, preparePostgres } from "./lib/bench-setup.js";
import { benchScenarios, openLink, signIn } from "./bench/scenarios.js";
import { compareEntries } from "./bench/entry.js";

const options = parseArgs(process.argv.slice(2));
// A hard stop for the whole run, however a server or database misbehaves.
const WATCHDOG_MS = 30 * 60_000;

function parseArgs(/** @type {string[]} */ argv) {
  const values = Object.fromEntries(
    argv.map((arg) => {
      const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
      if (!match) {
        console.error(
          `Unknown argument ${arg}. Use --duration=S --connections=N --db=pglite|postgres ` +
            "--cluster --processes=N --entry --only=TEXT --pglite-fsync=on|off",
        );
        process.exit(2);
      }
      return [match[1], match[2] ?? "true"];
    }),
  );
  const duration = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 50);
  const processes = Number(values.processes ?? 2);
  if (
    !(duration > 0 && duration <= 120) ||
    !(connections > 0 && connections <= 500) ||
    !(processes >= 1 && processes <= 8)
  ) {
    console.error(
      "--duration must be 1–120 s, --connections 1–500 and --processes 1–8.",
    );
    process.exit(2);
  }
  return {
    duration,
    connections,
    processes,
    warmup: 2,
    db: values.db ?? "all",
    cluster: values.cluster === "true",
    entry: values.entry === "true",
    only: values.only ?? "",
    pgliteFsync: values["pglite-fsync"] ?? "on",
  };
}

/** Waits (≤ 60 s) until /healthz answers within 50 ms twice running. */
async function drained(/** @type {string} */ baseUrl) {
  const deadline = Date.now() + 60_000;
  let quick = 0;
  while (quick < 2 && Date.now() < deadline) {
    const started = Date.now();
    await fetch(`${baseUrl}/healthz`).then((response) =>
      response.arrayBuffer(),
    );
    quick = Date.now() - started < 50 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens the sessions the scenarios use and measures each scenario.
 * @param {string} baseUrl @param {import("./bench/dataset").BenchDataset} data
 * @param {() => number[]} pids the app processes, for their memory
 */
async function measure(baseUrl, data, pids) {
  const sessions = {
    admin: await signIn(baseUrl, data.admin, data.password),
    scorer: await signIn(baseUrl, data.scorer, data.password),
    candidates: await Promise.all(
      data.candidateTokens.map((token) => openLink(baseUrl, token)),
    ),
  };
  const rows = [];
  for (const scenario of benchScenarios(data, sessions)) {
    if (
      options.only &&
      !`${scenario.name} ${scenario.label}`.includes(options.only) &&
      scenario.label !== "GET /login"
    )
      continue;
    // A redirect (to /login, to the welcome page) would measure the wrong page.
    const probe = scenario.request(scenario.users[0]);
    if (!probe.method || probe.method === "GET") {
      const response = await fetch(`${baseUrl}${probe.path}`, {
        headers: probe.headers,
        redirect: "manual",
      });
      await response.arrayBuffer();
      if (response.status !== 200)
        throw new Error(
          `${probe.path} answered ${response.status}, not 200: check the scenario.`,
        );
    }
    process.stdout.write(`  ${scenario.name}: warm-up…`);
    await drive(baseUrl, scenario, {
      connections: options.connections,
      duration: options.warmup,
    });
    process.stdout.write(` measuring ${options.duration} s…`);
    const stopSampling = sampleMemory(pids);
    const cpuBefore = pids().map(cpuMs);
    const result = await drive(baseUrl, scenario, {
      connections: options.connections,
      duration: options.duration,
    });
    const rss = stopSampling();
    // CPU the servers spent per request: on a machine others share, far steadier than req/s,
    // and 1000 / it is the req/s one otherwise idle core would reach.
    const cpu =
      result.total === 0
        ? NaN
        : pids()
            .map((pid, index) => cpuMs(pid) - (cpuBefore[index] ?? NaN))
            .reduce((sum, ms) => sum + ms, 0) / result.total;
    console.log(` ${Math.round(result.rps)} req/s`);
    // Requests cut off when a run ends are still being served: let the backlog drain before
    // the next scenario, or it would be measured against this one's leftovers.
    await drained(baseUrl);
    if (result.failures)
      console.log(`    statuses: ${JSON.stringify(result.statuses)}`);
    rows.push({
      scenario,
      connections: scenario.connections ?? options.connections,
      rss,
      cpu,
      ...result,
    });
  }
  return rows;
}

/** @param {string} title @param {Awaited<ReturnType<typeof measure>>} rows */
function printTable(title, rows) {
  const floor = rows.find((row) => row.scenario.label === "GET /login")?.rps;
  const header = [
    "request",
    "scenario",
    "conns",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors+non-2xx",
    "vs /login",
    "CPU ms/req",
    "peak RSS MB",
  ];
  const body = rows.map((row) => [
    row.scenario.label,
    row.scenario.name,
    String(row.connections),
    row.rps.toFixed(0),
    row.p50.toFixed(1),
    row.p95.toFixed(1),
    row.p99.toFixed(1),
    `${row.failures} / ${row.total}`,
    floor ? `${(row.rps / floor).toFixed(2)}×` : "",
    row.cpu.toFixed(2),
    row.rss.join(" / "),
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
 * @property {() => Promise<{ baseUrl: string, data: any, pids: () => number[], stop: () => Promise<void>, logs: () => string }>} start
 */

/** One app process on a database, the data set built first. */
function singleProcess(
  /** @type {string} */ title,
  /** @type {() => Promise<{ url: string, dir: string, stop: () => void, env?: NodeJS.ProcessEnv }>} */ open,
) {
  return {
    title,
    start: async () => {
      const database = await open();
      try {
        const data = await buildDataset(database.url, database.dir);
        const started = Date.now();
        const server = await startServer({
          DATABASE_URL: database.url,
          ...database.env,
        });
        console.log(
          `  server ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${server.baseUrl}`,
        );
        return {
          baseUrl: server.baseUrl,
          data,
          pids: () => [server.pid],
          logs: server.logs,
          stop: async () => {
            await stopServer(server.child);
            database.stop();
          },
        };
      } catch (error) {
        database.stop();
        throw error;
      }
    },
  };
}

function pgliteTarget() {
  const fsync = options.pgliteFsync !== "off";
  return singleProcess(
    `PGlite (fresh temp folder, fsync ${fsync ? "on" : "off"})`,
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "leadbench-bench-pglite-"));
      const stop = () => rmSync(dir, { recursive: true, force: true });
      process.once("exit", stop);
      return {
        url: path.join(dir, "pglite"),
        dir,
        stop,
        env: { PGLITE_FSYNC: fsync ? "on" : "off" },
      };
    },
  );
}

function postgresTarget() {
  return singleProcess(
    "PostgreSQL (throwaway cluster, one process)",
    async () => {
      const { url, cluster } = await preparePostgres();
      return { url, dir: cluster.dir, stop: cluster.stop };
    },
  );
}

/** PostgreSQL, N app processes with TRUST_PROXY, nginx in front. */
function clusterTarget() {
  return {
    title: `Cluster: PostgreSQL + ${options.processes} app processes behind nginx`,
    start: async () => {
      if (!ensureNginx())
        throw new Error("nginx is missing: apt-get install -y nginx (as root)");
      const { url, cluster } = await preparePostgres();
      /** @type {Awaited<ReturnType<typeof startServer>>[]} */
      const servers = [];
      try {
        const data = await buildDataset(url, cluster.dir);
        for (let index = 0; index < options.processes; index += 1)
          servers.push(
            await startServer({ DATABASE_URL: url, TRUST_PROXY: "on" }),
          );
        const nginx = await startNginx(servers.map((server) => server.port));
        console.log(
          `  nginx at ${nginx.baseUrl} → ${servers.map((server) => server.port).join(", ")}`,
        );
        return {
          baseUrl: nginx.baseUrl,
          data,
          pids: () => [...servers.map((server) => server.pid), nginx.pid],
          logs: () => servers.map((server) => server.logs()).join("\n"),
          stop: async () => {
            nginx.stop();
            await Promise.all(
              servers.map((server) => stopServer(server.child)),
            );
            cluster.stop();
          },
        };
      } catch (error) {
        await Promise.all(servers.map((server) => stopServer(server.child)));
        cluster.stop();
        throw error;
      }
    },
  };
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
  if (options.entry) return compareEntries(options);

  /** @type {Target[]} */
  const targets = [];
  if (options.cluster) targets.push(clusterTarget());
  else {
    if (options.db === "all" || options.db === "pglite")
      targets.push(pgliteTarget());
    if (options.db === "all" || options.db === "postgres") {
      if (findPostgresBinDir()) targets.push(postgresTarget());
      else if (options.db === "postgres") {
        console.error(
          "No PostgreSQL server binaries under /usr/lib/postgresql: apt-get install -y postgresql",
        );
        return 1;
      } else
        console.log(
          "PostgreSQL: skipped (no server binaries under /usr/lib/postgresql).",
        );
    }
  }
  console.log(
    `autocannon: ${options.connections} connections (unless a row says otherwise), ${options.warmup} s warm-up + ${options.duration} s per scenario`,
  );

  let failed = false;
  for (const target of targets) {
    console.log(`\n== ${target.title}`);
    let started;
    try {
      started = await target.start();
      const pids = started.pids;
      const rows = await measure(started.baseUrl, started.data, pids);
      printTable(target.title, rows);
    } catch (error) {
      failed = true;
      console.error(
        `\n${target.title}: ${error instanceof Error ? error.stack : error}`,
      );
      if (started)
        console.error(`Server output (last lines):\n${started.logs()}`);
    } finally {
      await started?.stop();
    }
  }

  // The domain's own benchmark, when the calibration module offers one.
  const calibration = "scripts/bench/calibration.ts";
  if (
    !options.only &&
    !options.cluster &&
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
