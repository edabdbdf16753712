// Runs a command with inherited output and resolves with its exit code. Ctrl-C or a SIGTERM
// to the script is passed on to the children it started, so no server, browser or database
// outlives the script that started it.
import { spawn } from "node:child_process";
import path from "node:path";

/** @type {Map<import("node:child_process").ChildProcess, boolean>} child → kill its whole group */
const children = new Map();
let handlersInstalled = false;
/** Set once a signal arrived: the exit code to leave with when the last child is gone. */
let exitCode = /** @type {number | null} */ (null);

function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
    process.on(signal, () => {
      // The conventional 128 + n, and no further steps: a script asked to stop, stops.
      exitCode = 128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal];
      killChildren(signal);
      if (children.size === 0) process.exit(exitCode);
      setTimeout(() => process.exit(exitCode ?? 1), 5_000).unref();
    });
  }
}

/**
 * Tracks a child so a signal to this process reaches it too.
 * @param {import("node:child_process").ChildProcess} child
 * @param {{ group?: boolean }} [options] group: the child was spawned `detached` (its own
 *   process group) and everything in that group is to be signalled, grandchildren included.
 */
export function track(child, options = {}) {
  installSignalHandlers();
  children.set(child, Boolean(options.group));
  child.once("exit", () => {
    children.delete(child);
    if (exitCode !== null && children.size === 0) process.exit(exitCode);
  });
  return child;
}

/**
 * Signals a tracked child (and its group, if tracked so). Synchronous, so it also works in an
 * `exit` handler.
 * @param {import("node:child_process").ChildProcess} child
 * @param {NodeJS.Signals} [signal]
 */
export function signalChild(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (children.get(child) && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

/** Signals every tracked child: for `exit` paths that are not signals. */
export function killChildren(/** @type {NodeJS.Signals} */ signal = "SIGTERM") {
  for (const child of children.keys()) signalChild(child, signal);
}

/** A local tool from node_modules/.bin (what npx would run, without npx's start-up cost). */
export function bin(/** @type {string} */ name) {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string }} [options]
 * @returns {Promise<number>} the exit code (1 when killed by a signal or not startable)
 */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = track(
      spawn(command, args, {
        stdio: "inherit",
        env: options.env ?? process.env,
        cwd: options.cwd,
      }),
    );
    child.once("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
