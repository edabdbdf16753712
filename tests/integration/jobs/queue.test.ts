// The durable job queue on a real database: a job exists only if its transaction committed,
// two workers deliver each job once, a worker that dies mid-delivery loses no job, scheduled
// jobs wait for their time, and failures back off until they are given up and shown as failed.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { PrismaClient } from "#app/generated/prisma/client";
import { openDatabase } from "#app/services/database.server";
import { prisma } from "#app/services/db.server";
import { enqueue } from "#app/services/jobs/enqueue.server";
import { runDueJobs, type JobHandlers } from "#app/services/jobs/worker.server";
import { parseDatabaseUrl } from "#app/utils/database-url";

const onPostgres = inject("integrationDb") === "postgres";
const MINUTE = 60_000;

let second: PrismaClient;
let closeSecond = async () => {};

beforeAll(async () => {
  if (onPostgres) {
    // A second client with its own pool: another app process, as far as the database knows.
    const connection = await openDatabase(
      parseDatabaseUrl(process.env.DATABASE_URL),
    );
    second = new PrismaClient({ adapter: connection.adapterFactory });
    closeSecond = async () => {
      await second.$disconnect();
      await connection.close();
    };
  } else {
    // PGlite is one process with one connection: both workers share it.
    second = prisma;
  }
});

afterAll(() => closeSecond());

function recorder(kind: string) {
  const delivered: string[] = [];
  const handlers: JobHandlers = {
    [kind]: {
      deliver: async (payload) => {
        // A little real I/O between claim and completion, so two workers overlap.
        await new Promise((resolve) => setTimeout(resolve, 2));
        delivered.push((payload as { n: string }).n);
      },
    },
  };
  return { delivered, handlers };
}

async function drain(options: Parameters<typeof runDueJobs>[0]) {
  while ((await runDueJobs(options)) > 0) {
    /* until nothing is due */
  }
}

describe("the job queue", () => {
  it("never delivers a job whose transaction rolled back", async () => {
    const { delivered, handlers } = recorder("test.rollback");
    await prisma
      .$transaction(async (tx) => {
        await enqueue(tx, {
          kind: "test.rollback",
          payload: { n: "rolled-back" },
          dedupeKey: "rollback:1",
        });
        throw new Error("the change failed");
      })
      .catch(() => {});
    await prisma.$transaction((tx) =>
      enqueue(tx, {
        kind: "test.rollback",
        payload: { n: "committed" },
        dedupeKey: "rollback:2",
      }),
    );
    await drain({ handlers });
    expect(delivered).toEqual(["committed"]);
    expect(await prisma.job.count({ where: { kind: "test.rollback" } })).toBe(
      1,
    );
  });

  it("keeps one job per cause", async () => {
    const first = await prisma.$transaction((tx) =>
      enqueue(tx, { kind: "test.dedupe", payload: {}, dedupeKey: "same" }),
    );
    const again = await prisma.$transaction((tx) =>
      enqueue(tx, { kind: "test.dedupe", payload: {}, dedupeKey: "same" }),
    );
    expect([first, again]).toEqual([1, 0]);
  });

  it("delivers each job once with two workers on one database", async () => {
    const { delivered, handlers } = recorder("test.race");
    const count = 60;
    await prisma.$transaction((tx) =>
      enqueue(
        tx,
        Array.from({ length: count }, (_, n) => ({
          kind: "test.race",
          payload: { n: String(n) },
          dedupeKey: `race:${n}`,
        })),
      ),
    );
    const perWorker = { a: 0, b: 0 };
    const work = async (name: "a" | "b", client: PrismaClient) => {
      for (;;) {
        const done = await runDueJobs({
          handlers,
          client,
          workerId: name,
          batchSize: 3,
        });
        if (done === 0) return;
        perWorker[name] += done;
      }
    };
    await Promise.all([work("a", prisma), work("b", second)]);
    expect(delivered).toHaveLength(count);
    expect(new Set(delivered).size).toBe(count);
    expect(
      await prisma.job.count({ where: { kind: "test.race", status: "DONE" } }),
    ).toBe(count);
    if (onPostgres) {
      // Both took part: SKIP LOCKED let them share the queue instead of queueing behind
      // each other's locks.
      expect(perWorker.a).toBeGreaterThan(0);
      expect(perWorker.b).toBeGreaterThan(0);
    }
  });

  it("retries a job after the lease of a worker that died delivering it", async () => {
    const start = new Date("2030-01-01T09:00:00Z");
    await prisma.$transaction((tx) =>
      enqueue(tx, {
        kind: "test.lease",
        payload: { n: "x" },
        dedupeKey: "lease:1",
        runAt: start,
      }),
    );
    // Worker A claims the job and never comes back (its process was killed).
    let unblockA = () => {};
    const aDelivering = new Promise<void>((resolve) => {
      unblockA = resolve;
    });
    let aStarted = () => {};
    const aClaimed = new Promise<void>((resolve) => {
      aStarted = resolve;
    });
    const deliveredBy: string[] = [];
    const passA = runDueJobs({
      client: prisma,
      workerId: "a",
      now: () => start,
      leaseMs: 5 * MINUTE,
      handlers: {
        "test.lease": {
          deliver: async () => {
            aStarted();
            await aDelivering;
            deliveredBy.push("a");
          },
        },
      },
    });
    await aClaimed;
    const bHandlers: JobHandlers = {
      "test.lease": { deliver: async () => void deliveredBy.push("b") },
    };
    // Within the lease, nobody else takes it.
    expect(
      await runDueJobs({
        client: second,
        workerId: "b",
        now: () => new Date(start.getTime() + 4 * MINUTE),
        handlers: bHandlers,
      }),
    ).toBe(0);
    // After it, worker B does.
    expect(
      await runDueJobs({
        client: second,
        workerId: "b",
        now: () => new Date(start.getTime() + 6 * MINUTE),
        handlers: bHandlers,
      }),
    ).toBe(1);
    // A comes back late: its outcome is not recorded over B's.
    unblockA();
    expect(await passA).toBe(0);
    const job = await prisma.job.findUniqueOrThrow({
      where: { dedupeKey: "lease:1" },
    });
    expect(job).toMatchObject({ status: "DONE", attempts: 2, lockedBy: null });
    expect(deliveredBy).toEqual(["b", "a"]);
  });

  it("runs a scheduled job at its time, not before", async () => {
    const { delivered, handlers } = recorder("test.scheduled");
    const runAt = new Date("2031-03-01T12:00:00Z");
    await prisma.$transaction((tx) =>
      enqueue(tx, {
        kind: "test.scheduled",
        payload: { n: "later" },
        dedupeKey: "scheduled:1",
        runAt,
      }),
    );
    await drain({ handlers, now: () => new Date(runAt.getTime() - 1000) });
    expect(delivered).toEqual([]);
    await drain({ handlers, now: () => runAt });
    expect(delivered).toEqual(["later"]);
  });

  it("backs off after a failure and gives up after the last try", async () => {
    const at = new Date("2032-05-01T08:00:00Z");
    await prisma.$transaction((tx) =>
      enqueue(tx, {
        kind: "test.failing",
        payload: {},
        dedupeKey: "failing:1",
        runAt: at,
        maxAttempts: 2,
      }),
    );
    const handlers: JobHandlers = {
      "test.failing": {
        deliver: async () => {
          throw new Error("550 mailbox unavailable");
        },
      },
    };
    await runDueJobs({ handlers, now: () => at, random: () => 1 });
    let job = await prisma.job.findUniqueOrThrow({
      where: { dedupeKey: "failing:1" },
    });
    expect(job).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "550 mailbox unavailable",
    });
    expect(job.runAt.getTime() - at.getTime()).toBe(30_000);
    // Not due again until the backoff has passed.
    expect(
      await runDueJobs({
        handlers,
        now: () => new Date(at.getTime() + 29_000),
      }),
    ).toBe(0);
    await runDueJobs({ handlers, now: () => new Date(at.getTime() + 31_000) });
    job = await prisma.job.findUniqueOrThrow({
      where: { dedupeKey: "failing:1" },
    });
    expect(job).toMatchObject({ status: "FAILED", attempts: 2 });
  });

  // PGlite is one process by design (its folder cannot be opened twice); PostgreSQL is where
  // several app processes share the queue.
  it.runIf(onPostgres)(
    "retries a job whose process was killed mid-delivery, in another process",
    async () => {
      await prisma.$transaction((tx) =>
        enqueue(tx, {
          kind: "test.killed",
          payload: {},
          dedupeKey: "killed:1",
        }),
      );
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "tests/support/job-worker-process.ts"],
        {
          env: { ...process.env, LEASE_MS: "60000" },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("claimed")) resolve();
        });
        child.once("exit", (code) =>
          reject(new Error(`the worker process exited early (${code})`)),
        );
      });
      child.removeAllListeners("exit");
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      const claimed = await prisma.job.findUniqueOrThrow({
        where: { dedupeKey: "killed:1" },
      });
      expect(claimed).toMatchObject({
        status: "RUNNING",
        lockedBy: "doomed-process",
      });
      const delivered: string[] = [];
      const handlers: JobHandlers = {
        "test.killed": { deliver: async () => void delivered.push("here") },
      };
      // Not before the dead process's lease runs out; then here, once.
      expect(await runDueJobs({ handlers, client: second })).toBe(0);
      const afterLease = () => new Date(claimed.lockedUntil!.getTime() + 1000);
      expect(
        await runDueJobs({ handlers, client: second, now: afterLease }),
      ).toBe(1);
      expect(
        await runDueJobs({ handlers, client: second, now: afterLease }),
      ).toBe(0);
      expect(delivered).toEqual(["here"]);
      expect(
        await prisma.job.findUniqueOrThrow({
          where: { dedupeKey: "killed:1" },
        }),
      ).toMatchObject({ status: "DONE", attempts: 2 });
    },
  );
});
