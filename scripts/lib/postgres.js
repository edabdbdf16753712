// A throwaway PostgreSQL cluster for tests and benchmarks, from Debian's server binaries
// (/usr/lib/postgresql/<version>/bin). Shared by scripts/bench.js (plain Node, so plain ESM
// here) and the integration tests (typed through tests/support/postgres.ts).
//
// PostgreSQL refuses to run as root, so as root every server command goes through
// `runuser -u postgres` and the cluster lives in a mkdtemp folder chowned to that user. The
// settings trade durability for speed (fsync, full_page_writes, synchronous_commit off): the
// data is deleted at the end anyway.
import { execFileSync, spawnSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const POSTGRES_ROOT = "/usr/lib/postgresql";

/**
 * The bin folder of the newest PostgreSQL server installed, or null.
 * @returns {string | null}
 */
export function findPostgresBinDir() {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((name) =>
      existsSync(path.join(POSTGRES_ROOT, name, "bin", "initdb")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(POSTGRES_ROOT, versions[0], "bin") : null;
}

/**
 * A TCP port that was free a moment ago (the kernel picks it; we release it for postgres).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** @param {string} user @returns {{ uid: number, gid: number }} */
function userIds(user) {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${user}:`));
  if (!line) {
    throw new Error(
      `PostgreSQL refuses to run as root and there is no '${user}' user to run it as ` +
        "(Debian's postgresql package creates it: apt-get install -y postgresql).",
    );
  }
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Runs a PostgreSQL binary, as the postgres user when we are root. Throws with its output.
 * @param {string} binary @param {string[]} args
 */
function runAsPostgres(binary, args) {
  const [command, fullArgs] = isRoot()
    ? ["runuser", ["-u", "postgres", "--", binary, ...args]]
    : [binary, args];
  const result = spawnSync(command, fullArgs, {
    encoding: "utf8",
    cwd: tmpdir(),
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new Error(
      `${path.basename(binary)} ${args[0] ?? ""} failed (exit ${result.status}):\n${output}`,
    );
  }
  return result.stdout;
}

/**
 * @typedef {object} PostgresCluster
 * @property {string} url postgresql:// URL of the `postgres` database, as superuser, no password.
 * @property {number} port
 * @property {string} dir the temp folder (data, socket, log); deleted by stop().
 * @property {string} binDir
 * @property {() => void} stop stops the server and deletes the folder; safe to call twice.
 * @property {() => void} pause stops the server cleanly, keeping its data (for fault tests).
 * @property {() => void} resume starts it again on the same port after pause().
 */

/**
 * Starts a fresh cluster on 127.0.0.1 at a free port. initdb + start takes ≈ 1 s.
 * @param {{ binDir?: string, maxConnections?: number }} [options]
 * @returns {Promise<PostgresCluster>}
 */
export async function startPostgresCluster(options = {}) {
  const binDir = options.binDir ?? findPostgresBinDir();
  if (!binDir) {
    throw new Error(
      `No PostgreSQL server binaries under ${POSTGRES_ROOT}/*/bin ` +
        "(apt-get install -y postgresql), and TEST_DATABASE_URL is not set.",
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), "leadbench-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  if (isRoot()) {
    const { uid, gid } = userIds("postgres");
    chownSync(dir, uid, gid);
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    // --no-sync: initdb skips its fsyncs too. trust auth: loopback only, throwaway data.
    runAsPostgres(path.join(binDir, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C",
      "--no-sync",
    ]);
  } catch (error) {
    remove();
    throw error;
  }
  const settings = [
    "-c listen_addresses=127.0.0.1",
    `-k ${dir}`,
    "-c fsync=off",
    "-c full_page_writes=off",
    "-c synchronous_commit=off",
    `-c max_connections=${options.maxConnections ?? 200}`,
  ];
  // Another process may grab the port between freePort() and the server's bind: retry.
  let lastError;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    try {
      runAsPostgres(path.join(binDir, "pg_ctl"), [
        "start",
        "-D",
        dataDir,
        "-l",
        logFile,
        "-w",
        "-t",
        "60",
        "-o",
        [`-p ${port}`, ...settings].join(" "),
      ]);
    } catch (error) {
      lastError = error;
      continue;
    }
    const serverOptions = [`-p ${port}`, ...settings].join(" ");
    const pgCtl = path.join(binDir, "pg_ctl");
    const pause = () =>
      runAsPostgres(pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w"]);
    const resume = () =>
      runAsPostgres(pgCtl, [
        "start",
        "-D",
        dataDir,
        "-l",
        logFile,
        "-w",
        "-t",
        "60",
        "-o",
        serverOptions,
      ]);
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      try {
        // immediate: no checkpoint, the data is about to be deleted anyway.
        runAsPostgres(path.join(binDir, "pg_ctl"), [
          "stop",
          "-D",
          dataDir,
          "-m",
          "immediate",
          "-w",
        ]);
      } catch (error) {
        console.warn(String(error));
      }
      remove();
    };
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      port,
      dir,
      binDir,
      stop,
      pause,
      resume,
    };
  }
  const log = existsSync(logFile)
    ? readFileSync(logFile, "utf8").slice(-2000)
    : "";
  remove();
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log}`);
}

/**
 * Replaces the database name of a postgresql:// URL.
 * @param {string} url @param {string} database
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The URL with its password masked, for log lines. */
export function describeUrl(/** @type {string} */ url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

// Guards against leaking a server when the caller forgets or crashes: `exit` handlers run
// synchronously, which is why stop() is synchronous.
/** @param {PostgresCluster} cluster */
export function stopOnExit(cluster) {
  process.once("exit", () => cluster.stop());
}

/** "postgres (PostgreSQL) 15.x", for banners. */
export function postgresVersion(/** @type {string} */ binDir) {
  return execFileSync(path.join(binDir, "postgres"), ["--version"], {
    encoding: "utf8",
  }).trim();
}
