// `npm run bench -- --entry`: does our server entry (scripts/server.js) earn its place over
// `remix-serve`? Both run the same build on an in-memory PGlite, both with their access log on
// (written to a pipe this process drains), and take turns on the sign-in page, so drift in the
// machine's load hits both alike.
import { startServer, stopServer } from "../lib/app-server.js";
import { cpuMs, drive } from "../lib/load.js";

const ROUNDS = 4;

/** @param {{ connections: number, duration: number, warmup: number }} options */
export async function compareEntries(options) {
  const env = { DATABASE_URL: "memory", ACCESS_LOG: "on" };
  const ours = await startServer(env);
  const remixServe = await startServer(env, {
    command: [
      "node_modules/@remix-run/serve/dist/cli.js",
      "./build/server/index.js",
    ],
  });
  try {
    const login = {
      name: "sign-in page",
      label: "GET /login",
      users: [null],
      request: () => ({ path: "/login" }),
    };
    const entries = [
      {
        name: "ours (scripts/server.js)",
        server: ours,
        rps: /** @type {number[]} */ ([]),
        p95: /** @type {number[]} */ ([]),
        cpu: /** @type {number[]} */ ([]),
      },
      {
        name: "remix-serve",
        server: remixServe,
        rps: /** @type {number[]} */ ([]),
        p95: /** @type {number[]} */ ([]),
        cpu: /** @type {number[]} */ ([]),
      },
    ];
    for (const entry of entries)
      await drive(entry.server.baseUrl, login, {
        connections: options.connections,
        duration: options.warmup,
      });
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? entries : [...entries].reverse();
      for (const entry of order) {
        const cpuBefore = cpuMs(entry.server.pid);
        const result = await drive(entry.server.baseUrl, login, {
          connections: options.connections,
          duration: options.duration,
        });
        // CPU per request: what throughput is once the cores are the server's alone, and
        // far steadier than req/s on a machine others share.
        const cpuPerRequest =
          (cpuMs(entry.server.pid) - cpuBefore) / result.total;
        entry.cpu.push(cpuPerRequest);
        if (result.failures)
          throw new Error(`${entry.name}: ${result.failures} failed requests`);
        entry.rps.push(result.rps);
        entry.p95.push(result.p95);
        console.log(
          `  round ${round + 1}: ${entry.name.padEnd(26)} ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms, ${cpuPerRequest.toFixed(2)} ms CPU/request`,
        );
      }
    }
    const mean = (/** @type {number[]} */ values) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    const [first, second] = entries;
    if (!first || !second) return 1;
    console.log(
      `\nGET /login, ${options.connections} connections, ${ROUNDS} alternating rounds of ${options.duration} s, both logging:`,
    );
    for (const entry of entries)
      console.log(
        `  ${entry.name.padEnd(26)} ${mean(entry.rps).toFixed(0)} req/s (p95 ${mean(entry.p95).toFixed(1)} ms)`,
      );
    const ratios = first.rps.map(
      (rps, index) => rps / (second.rps[index] ?? NaN),
    );
    console.log(
      `  ours / remix-serve: ${(mean(first.rps) / mean(second.rps)).toFixed(2)}× (per round ${ratios.map((ratio) => ratio.toFixed(2)).join(", ")})`,
    );
    console.log(
      `  CPU per request, remix-serve / ours: ${(mean(second.cpu) / mean(first.cpu)).toFixed(2)}× (the throughput ratio on otherwise idle cores)`,
    );
    return 0;
  } finally {
    await stopServer(ours.child);
    await stopServer(remixServe.child);
  }
}
