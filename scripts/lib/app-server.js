// Starting and stopping the production server as a child process, for the benchmark and the
// soak: `node scripts/start.js` in its own process group (its pid is the server itself), with
// the last lines of its output kept to show when something goes wrong.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { freePort } from "./postgres.js";
import { signalChild, track } from "./run.js";

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps the last lines a child printed. */
export function tail(
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

/** Settings every benchmark or soak server shares; `env` adds to or overrides them. */
export const SERVER_ENV = {
  NODE_ENV: "production",
  COOKIE_SECURE: "false",
  DEMO_DATA: "on",
  SESSION_SECRET: "leadbench-bench-secret-not-for-production",
  // One log line per request, piped to the benchmark, would measure the logging.
  ACCESS_LOG: "off",
};

/**
 * Waits until `${baseUrl}/readyz` answers 200, or throws after `timeoutMs`.
 * @param {string} baseUrl @param {{ timeoutMs?: number, alive?: () => boolean }} [options]
 */
export async function waitReady(baseUrl, options = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (options.alive && !options.alive()) return false;
    try {
      const response = await fetch(`${baseUrl}/readyz`, {
        signal: AbortSignal.timeout(2_000),
      });
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  return false;
}

/**
 * Starts a server and resolves once /readyz answers 200.
 * @param {NodeJS.ProcessEnv} env
 * @param {{ port?: number, command?: string[], logFile?: string }} [options] command: argv
 *   after `node`; logFile: also append everything the server prints to this file
 */
export async function startServer(env, options = {}) {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = track(
    spawn(process.execPath, options.command ?? ["scripts/start.js"], {
      env: {
        ...process.env,
        ...SERVER_ENV,
        ...env,
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }),
    { group: true },
  );
  if (options.logFile) {
    const file = createWriteStream(options.logFile, { flags: "a" });
    child.stdout?.pipe(file, { end: false });
    child.stderr?.pipe(file, { end: false });
    child.once("exit", () => file.end());
  }
  const output = [tail(child.stdout), tail(child.stderr)];
  const logs = () => output.map((read) => read()).join("\n");
  const ready = await waitReady(baseUrl, {
    alive: () => child.exitCode === null && child.signalCode === null,
  });
  if (!ready) {
    await stopServer(child);
    throw new Error(
      `The server did not become ready (exit ${child.exitCode ?? child.signalCode}):\n${logs()}`,
    );
  }
  return { child, pid: child.pid ?? 0, port, baseUrl, logs };
}

/** @param {import("node:child_process").ChildProcess} child */
export async function stopServer(
  child,
  signal = /** @type {NodeJS.Signals} */ ("SIGTERM"),
) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalChild(child, signal);
  const timer = setTimeout(() => signalChild(child, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
