// The load generator the benchmark and its cluster mode share: autocannon driving one
// scenario, with per-response latencies (autocannon's summary has p97.5, not p95) and the
// servers' resident memory sampled from /proc while it runs.
//
// A scenario that writes needs state per simulated user (a candidate session, the revision it
// last saw). autocannon rebuilds each request in setupRequest and hands the response to
// onResponse, with a context that is reset between requests, so users are leased from a pool:
// setupRequest takes a free one, onResponse gives it back. A connection sends its next request
// only after the previous answer, so at most `connections` users are out at once and no two
// requests ever write the same record concurrently.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

/**
 * @template User
 * @typedef {object} Scenario
 * @property {string} name
 * @property {string} label e.g. "GET /login", for the table
 * @property {number} [connections] overrides the run's connection count
 * @property {User[]} users one per simulated user; [null] for an anonymous GET
 * @property {(user: User) => { method?: string, path: string, headers?: Record<string, string>, body?: string }} request
 * @property {(user: User, status: number, body: string) => boolean | void} [onResponse]
 *   false retires the user (its state is no longer known)
 */

/** @param {number[]} sorted @param {number} p */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? NaN
  );
}

/** Resident memory of a process in MB, or NaN once it is gone. */
export function residentMb(/** @type {number} */ pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** CPU time a process has used (user + system), in ms, from /proc; NaN once it is gone. */
export function cpuMs(/** @type {number} */ pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) in parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

/**
 * Samples the processes' resident memory every 200 ms until stopped.
 * @param {() => number[]} pids read on every tick: processes may be restarted
 * @returns {() => number[]} stop: the peak MB per process, in pids() order
 */
export function sampleMemory(pids) {
  /** @type {number[]} */
  const peaks = [];
  const tick = () =>
    pids().forEach((pid, index) => {
      const mb = residentMb(pid);
      if (!(mb <= (peaks[index] ?? 0))) peaks[index] = mb;
    });
  tick();
  const timer = setInterval(tick, 200);
  return () => {
    clearInterval(timer);
    tick();
    return peaks.map((peak) => Math.round(peak));
  };
}

/** @type {WeakMap<object, any[]>} */
const pools = new WeakMap();

/**
 * The free users of a stateful scenario, kept across its runs: a user whose request was in
 * flight when a run stopped never returns (its answer, and so its state, is unknown).
 * @template User @param {Scenario<User>} scenario @returns {User[]}
 */
function pool(scenario) {
  let free = pools.get(scenario);
  if (!free) pools.set(scenario, (free = [...scenario.users]));
  return free;
}

/**
 * One bounded autocannon run of a scenario.
 * @template User
 * @param {string} baseUrl
 * @param {Scenario<User>} scenario
 * @param {{ connections: number, duration: number }} options
 */
export function drive(baseUrl, scenario, options) {
  /** @type {number[]} */
  const latencies = [];
  const free = pool(scenario);
  let turn = 0;
  /** @type {Record<string, number>} */
  const statuses = {};
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: scenario.connections ?? options.connections,
        duration: options.duration,
        timeout: 10,
        requests: [
          {
            setupRequest: (request, context) => {
              const user = scenario.onResponse
                ? free.shift()
                : scenario.users[turn++ % scenario.users.length];
              if (user === undefined)
                throw new Error(
                  `${scenario.name}: more connections than users`,
                );
              context.user = user;
              const built = scenario.request(/** @type {User} */ (user));
              return {
                ...request,
                method: built.method ?? "GET",
                path: built.path,
                headers: { host: url.host, ...built.headers },
                body: built.body,
              };
            },
            onResponse: (status, body, context) => {
              statuses[status] = (statuses[status] ?? 0) + 1;
              const user = /** @type {User} */ (context.user);
              if (scenario.onResponse?.(user, status, body) !== false)
                free.push(user);
            },
          },
        ],
      },
      (error, result) => {
        if (error) reject(error);
        else {
          latencies.sort((a, b) => a - b);
          resolve({
            rps: result.requests.average,
            total: result.requests.total,
            failures: result.errors + result.timeouts + result.non2xx,
            statuses,
            p50: percentile(latencies, 50),
            p95: percentile(latencies, 95),
            p99: percentile(latencies, 99),
          });
        }
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}
