// `npm run soak`: autosave under faults, and then the proof that nothing acknowledged was lost.
// Bounded in time, loopback only. Simulated candidates save written answers and review comments
// the way the browser does (one save in flight per candidate, the same save retried with the
// browser's backoff after a network error or a 5xx) while the servers are killed:
//
//   npm run soak                      PostgreSQL, 2 app processes behind nginx: kill -9 one
//                                     every 10 s and restart it; PostgreSQL restarted once
//   npm run soak -- --db=pglite       one process on a PGlite folder, kill -9 every 10 s and
//                                     restarted on the same folder
//   npm run soak -- --duration=60 --clients=200 --kill-every=10
//
// Afterwards every acknowledged (2xx) save must be in the database with its revision, and no
// record may hold older text than its last acknowledged save (scripts/lib/soak-check.ts).
// It reports sent, acknowledged, retried, lost and stale saves, and the 5xx answers outside
// the fault windows (from a kill or the database stop until the process or the database is
// serving again); /readyz must go unready while the database is down and recover by itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { retryDelay, SAVE_TIMING } from "#app/domain/autosave";
import { sleep, startServer, stopServer } from "./lib/app-server.js";
import { buildDataset, preparePostgres } from "./lib/bench-setup.js";
import { ensureNginx, startNginx } from "./lib/nginx.js";
import { freePort } from "./lib/postgres.js";
import { killChildren, signalChild } from "./lib/run.js";
import {
  answerKey,
  checkSaves,
  commentKey,
  readStoredSaves,
  type SaveRecord,
  type SoakLedger,
} from "./lib/soak-check.ts";
import { answerText, commentId, openLink } from "./bench/scenarios.js";
import type { BenchDataset } from "./bench/dataset.ts";

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match) {
      console.error(
        `Unknown argument ${arg}. Use --db=postgres|pglite --duration=S --clients=N --kill-every=S --processes=N`,
      );
      process.exit(2);
    }
    return [match[1], match[2]];
  }),
) as Record<string, string | undefined>;
const options = {
  db: args.db === "pglite" ? ("pglite" as const) : ("postgres" as const),
  durationMs: Number(args.duration ?? 60) * 1000,
  clients: Number(args.clients ?? 200),
  killEveryMs: Number(args["kill-every"] ?? 10) * 1000,
  processes: args.db === "pglite" ? 1 : Number(args.processes ?? 2),
};
if (
  !(options.durationMs > 0 && options.durationMs <= 300_000) ||
  !(options.clients > 0 && options.clients <= 500)
) {
  console.error("--duration must be 1–300 s and --clients 1–500.");
  process.exit(2);
}
// Saves still unanswered this long after the load stops are reported as unanswered.
const DRAIN_MS = 30_000;
const WATCHDOG_MS = options.durationMs + 10 * 60_000;

type Server = Awaited<ReturnType<typeof startServer>>;
/** Set when the run fails, so the servers' logs stay behind to be read. */
let keepLogs = false;
type Window = { from: number; to: number; what: string };

const counts = {
  sent: 0,
  acknowledged: 0,
  retried: 0,
  conflicts: 0,
  rejected: 0,
  serverErrors: 0,
  networkErrors: 0,
};
const serverErrors: { time: number; status: number }[] = [];
const windows: Window[] = [];
const ledger: SoakLedger = { acknowledged: new Map(), unanswered: new Map() };

/** Posts one save until the server answers it, as the browser's autosave does. */
async function deliver(
  baseUrl: string,
  cookie: string,
  request: { path: string; body: string },
  key: string,
  save: SaveRecord,
  stopAt: number,
): Promise<{ status: number; json: Record<string, unknown> } | null> {
  counts.sent += 1;
  ledger.unanswered.set(key, save);
  for (let attempt = 0; ; attempt += 1) {
    if (attempt > 0) counts.retried += 1;
    try {
      const response = await fetch(`${baseUrl}${request.path}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: request.body,
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      if (response.status >= 500) {
        counts.serverErrors += 1;
        serverErrors.push({ time: Date.now(), status: response.status });
      } else {
        // A body that does not parse is a reply cut off on the way: retry, never a verdict.
        const json = JSON.parse(text) as Record<string, unknown>;
        return { status: response.status, json };
      }
    } catch {
      counts.networkErrors += 1;
    }
    if (Date.now() > stopAt) return null;
    await sleep(retryDelay(attempt, Math.random()));
  }
}

/** One simulated candidate: types, pauses, saves; sometimes comments on the pull request. */
async function candidate(
  baseUrl: () => string,
  data: BenchDataset,
  cookie: string,
  attemptId: string,
  loadUntil: number,
) {
  const revisions = new Map<string, number>();
  const comments: { id: string; revision: number }[] = [];
  let typed = 0;
  while (Date.now() < loadUntil) {
    await sleep(SAVE_TIMING.debounceMs * (0.5 + Math.random()));
    typed += 1;
    const commenting = Math.random() < 0.2;
    let key: string;
    let save: SaveRecord;
    let request: { path: string; body: string };
    let record: (revision: number) => void;
    if (commenting) {
      const existing =
        comments.length > 0 && Math.random() < 0.5
          ? comments[Math.floor(Math.random() * comments.length)]
          : undefined;
      const comment = existing ?? { id: commentId(), revision: 0 };
      const body = `Comment ${typed}: this loads each order's lines in its own query.`;
      key = commentKey(attemptId, comment.id);
      save = { revision: comment.revision + 1, body };
      request = {
        path: `/assessment/comments/${comment.id}`,
        body: JSON.stringify({
          ...data.commentAnchor,
          side: "AFTER",
          body,
          category: "performance",
          severity: "high",
          baseRevision: comment.revision,
        }),
      };
      record = (revision) => {
        comment.revision = revision;
        if (!existing) comments.push(comment);
      };
    } else {
      const questionKey =
        data.questionKeys[
          Math.floor(Math.random() * data.questionKeys.length)
        ] ?? "";
      const base = revisions.get(questionKey) ?? 0;
      const body = `${answerText(base + 1)} (typed ${typed})`;
      key = answerKey(attemptId, questionKey);
      save = { revision: base + 1, body };
      request = {
        path: `/assessment/answers/${questionKey}`,
        body: JSON.stringify({ body, baseRevision: base }),
      };
      record = (revision) => revisions.set(questionKey, revision);
    }
    const answer = await deliver(
      baseUrl(),
      cookie,
      request,
      key,
      save,
      loadUntil + DRAIN_MS,
    );
    if (!answer) return;
    if (answer.status >= 200 && answer.status < 300) {
      const revision = Number(answer.json.revision);
      counts.acknowledged += 1;
      ledger.acknowledged.set(key, { revision, body: save.body });
      ledger.unanswered.delete(key);
      record(revision);
    } else {
      ledger.unanswered.delete(key);
      if (answer.status === 409) counts.conflicts += 1;
      else counts.rejected += 1;
      const conflict = answer.json.conflict as
        { serverRevision?: number } | undefined;
      if (conflict?.serverRevision !== undefined)
        record(conflict.serverRevision);
    }
  }
}

/** Polls a server's /readyz; resolves with what it saw. */
async function readiness(baseUrl: string) {
  try {
    const response = await fetch(`${baseUrl}/readyz`, {
      signal: AbortSignal.timeout(3_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

async function main() {
  setTimeout(() => {
    console.error("Soak still running past its watchdog: stopping.");
    killChildren("SIGKILL");
    process.exit(1);
  }, WATCHDOG_MS).unref();
  process.once("exit", () => killChildren("SIGKILL"));

  const dir = mkdtempSync(path.join(tmpdir(), "leadbench-soak-"));
  process.once("exit", () => {
    if (keepLogs) console.log(`  server logs kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });
  let databaseUrl: string;
  let cluster:
    Awaited<ReturnType<typeof preparePostgres>>["cluster"] | undefined;
  if (options.db === "postgres") {
    if (!ensureNginx())
      throw new Error("nginx is missing: apt-get install -y nginx");
    const prepared = await preparePostgres();
    databaseUrl = prepared.url;
    cluster = prepared.cluster;
  } else databaseUrl = path.join(dir, "pglite");
  const data = await buildDataset(databaseUrl, dir, [
    `--candidates=${options.clients}`,
    "--writing-only",
  ]);

  const env = {
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    TRUST_PROXY: options.db === "postgres" ? "on" : "off",
  };
  const ports = await Promise.all(
    Array.from({ length: options.processes }, () => freePort()),
  );
  const servers: Server[] = [];
  // Every process's output, across restarts, to say what a 5xx was (kept only on failure).
  const logFile = (index: number) => path.join(dir, `server-${index + 1}.log`);
  for (const [index, port] of ports.entries())
    servers.push(await startServer(env, { port, logFile: logFile(index) }));
  const nginx = options.db === "postgres" ? await startNginx(ports) : undefined;
  const entry = nginx?.baseUrl ?? servers[0]?.baseUrl ?? "";
  console.log(
    `${options.db === "postgres" ? `PostgreSQL, ${options.processes} processes behind nginx (${entry})` : `PGlite folder, one process (${entry})`}; ${options.clients} candidates for ${options.durationMs / 1000} s, kill -9 every ${options.killEveryMs / 1000} s`,
  );

  const cookies = await Promise.all(
    data.candidateTokens.map((token) => openLink(entry, token)),
  );
  const started = Date.now();
  const loadUntil = started + options.durationMs;
  const load = Promise.all(
    cookies.map((cookie, index) =>
      candidate(
        () => entry,
        data,
        cookie,
        data.candidateAttemptIds[index] ?? "",
        loadUntil,
      ),
    ),
  );

  // The faults.
  const readyz: {
    downSeen: boolean;
    recoveredMs: number | null;
    restarts: number;
  } = {
    downSeen: false,
    recoveredMs: null,
    restarts: 0,
  };
  let kills = 0;
  const faults = (async () => {
    let next = started + options.killEveryMs;
    const databaseRestartAt = started + options.durationMs * 0.55;
    let databaseRestarted = options.db !== "postgres";
    while (Date.now() < loadUntil - 2_000) {
      if (!databaseRestarted && Date.now() >= databaseRestartAt && cluster) {
        databaseRestarted = true;
        const from = Date.now();
        cluster.pause();
        // /readyz of every process must say "not ready" while the database is down…
        const statuses = await Promise.all(
          servers.map((server) => readiness(server.baseUrl)),
        );
        readyz.downSeen = statuses.every((status) => status === 503);
        await sleep(3_000);
        cluster.resume();
        // …and come back without a restart.
        const resumed = Date.now();
        while (Date.now() - resumed < 30_000) {
          const back = await Promise.all(
            servers.map((server) => readiness(server.baseUrl)),
          );
          if (back.every((status) => status === 200)) {
            readyz.recoveredMs = Date.now() - resumed;
            break;
          }
          await sleep(100);
        }
        windows.push({
          from,
          to: Date.now() + 1_000,
          what: "PostgreSQL restart",
        });
        console.log(
          `  ${((from - started) / 1000).toFixed(1)} s: PostgreSQL stopped for 3 s; /readyz ${readyz.downSeen ? "503 while down" : "NOT 503 while down"}, ready again ${readyz.recoveredMs ?? "never"} ms after restart`,
        );
      }
      if (Date.now() >= next) {
        const index = kills % servers.length;
        const victim = servers[index];
        if (victim) {
          const from = Date.now();
          signalChild(victim.child, "SIGKILL");
          await new Promise((resolve) =>
            victim.child.exitCode !== null || victim.child.signalCode !== null
              ? resolve(null)
              : victim.child.once("exit", resolve),
          );
          kills += 1;
          const restarted = await startServer(env, {
            port: victim.port,
            logFile: logFile(index),
          });
          servers[index] = restarted;
          windows.push({ from, to: Date.now() + 1_000, what: `kill ${kills}` });
          console.log(
            `  ${((from - started) / 1000).toFixed(1)} s: kill -9 process ${index + 1}, serving again after ${((Date.now() - from) / 1000).toFixed(1)} s`,
          );
          // The next kill comes a full interval after this one is serving again.
          next = Math.max(
            next + options.killEveryMs,
            Date.now() + options.killEveryMs / 2,
          );
        }
      }
      await sleep(100);
    }
  })();
  await faults;
  await load;
  const elapsed = (Date.now() - started) / 1000;

  // A last crash before the check: what is on disk is what a crash leaves.
  for (const server of servers) signalChild(server.child, "SIGKILL");
  await Promise.all(
    servers.map((server) => stopServer(server.child, "SIGKILL")),
  );
  nginx?.stop();

  let stored: Map<string, SaveRecord>;
  if (options.db === "postgres") {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    stored = await readStoredSaves(
      async (sql) => (await client.query(sql)).rows,
    );
    await client.end();
    cluster?.stop();
  } else {
    const database = await PGlite.create(databaseUrl);
    stored = await readStoredSaves(
      async (sql) => (await database.query<Record<string, unknown>>(sql)).rows,
    );
    await database.close();
  }
  const verdict = checkSaves(ledger, stored);
  const outsideErrors = serverErrors.filter(
    ({ time }) =>
      !windows.some((window) => time >= window.from && time <= window.to),
  );
  const outside = outsideErrors.length;
  const byStatus = (list: typeof serverErrors) =>
    JSON.stringify(
      list.reduce<Record<number, number>>((acc, { status }) => {
        acc[status] = (acc[status] ?? 0) + 1;
        return acc;
      }, {}),
    );

  console.log(
    `\nSoak report (${options.db}, ${elapsed.toFixed(0)} s, ${kills} kill -9):`,
  );
  const lines: [string, string | number][] = [
    ["saves sent", counts.sent],
    ["acknowledged", counts.acknowledged],
    ["acknowledged per second", (counts.acknowledged / elapsed).toFixed(1)],
    ["retried (network error or 5xx)", counts.retried],
    ["records checked", ledger.acknowledged.size],
    ["lost (must be 0)", verdict.lost.length],
    ["stale (must be 0)", verdict.stale.length],
    ["409 conflicts", counts.conflicts],
    ["other 4xx", counts.rejected],
    ["network errors", counts.networkErrors],
    ["5xx answers", `${counts.serverErrors} ${byStatus(serverErrors)}`],
    [
      "5xx outside the fault windows (must be 0)",
      `${outside} ${outside ? byStatus(outsideErrors) : ""}`,
    ],
    ["unanswered at the end", ledger.unanswered.size],
  ];
  if (options.db === "postgres")
    lines.push([
      "/readyz while PostgreSQL was down → after",
      `${readyz.downSeen ? "503" : "not 503"} → ${readyz.recoveredMs === null ? "never ready" : `ready in ${readyz.recoveredMs} ms, no restart`}`,
    ]);
  for (const [label, value] of lines)
    console.log(`  ${label.padEnd(44)} ${value}`);
  if (outside)
    console.log(
      `  5xx outside the windows at: ${outsideErrors
        .slice(0, 20)
        .map(({ time }) => `${((time - started) / 1000).toFixed(1)} s`)
        .join(", ")}`,
    );
  if (outside) {
    // What the servers said went wrong, by error code, over the whole run (fault windows
    // included: the logs carry no times).
    const codes: Record<string, number> = {};
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".log")))
      for (const match of readFileSync(path.join(dir, file), "utf8").matchAll(
        /^\s*code: '([^']+)'/gm,
      ))
        codes[match[1] ?? "?"] = (codes[match[1] ?? "?"] ?? 0) + 1;
    console.log(`  error codes in the server logs: ${JSON.stringify(codes)}`);
  }
  if (verdict.lost.length)
    console.log(`  lost, e.g.: ${verdict.lost.slice(0, 5).join(", ")}`);
  if (verdict.stale.length)
    console.log(`  stale, e.g.: ${verdict.stale.slice(0, 5).join(", ")}`);

  const failed =
    verdict.lost.length > 0 ||
    verdict.stale.length > 0 ||
    outside > 0 ||
    counts.acknowledged === 0 ||
    (options.db === "postgres" &&
      (!readyz.downSeen || readyz.recoveredMs === null));
  keepLogs = failed;
  return failed ? 1 : 0;
}

process.exitCode = await main();
