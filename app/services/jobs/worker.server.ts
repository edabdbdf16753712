// The job worker every app process runs: claims due jobs with FOR UPDATE SKIP LOCKED under a
// lease, delivers them, and records the outcome only while it still holds the lease, so a job
// is marked done at most once even when a slow process and its successor both deliver it.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { afterFailure } from "#app/domain/jobs/retry";
import type { Job, PrismaClient } from "#app/generated/prisma/client";
import { prisma } from "../db.server";

export type JobContext = { job: Job; now: Date };

export type JobHandler = {
  deliver: (payload: unknown, context: JobContext) => Promise<void>;
  /** What the payload keeps once delivered: a secret the delivery needed is dropped. */
  redact?: (payload: unknown) => unknown;
};

export type JobHandlers = Record<string, JobHandler>;

export type WorkerOptions = {
  handlers: JobHandlers;
  /** Which process holds a lease; unique per process by default. */
  workerId?: string;
  client?: PrismaClient;
  /** The clock: tests move it to make scheduled jobs due and leases lapse. */
  now?: () => Date;
  random?: () => number;
  /** How long a claimed job is this worker's before another may take it over. */
  leaseMs?: number;
  batchSize?: number;
};

export const DEFAULT_LEASE_MS = 2 * 60 * 1000;

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/**
 * Claims the jobs due now (pending ones whose time has come, and running ones whose lease has
 * lapsed because their process died) and takes a lease on them, in one short transaction.
 */
async function claimDueJobs(
  client: PrismaClient,
  workerId: string,
  now: Date,
  leaseMs: number,
  batchSize: number,
): Promise<Job[]> {
  // Timestamps are compared as text cast to timestamp: the columns hold UTC without a zone,
  // and a text value's zone suffix is ignored by the cast, whatever the session's TimeZone.
  const at = now.toISOString();
  return client.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Job"
      WHERE (status = 'PENDING' AND "runAt" <= ${at}::timestamp)
         OR (status = 'RUNNING' AND "lockedUntil" <= ${at}::timestamp)
      ORDER BY "runAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await tx.job.updateMany({
      where: { id: { in: ids } },
      data: {
        status: "RUNNING",
        lockedBy: workerId,
        lockedUntil: new Date(now.getTime() + leaseMs),
        attempts: { increment: 1 },
      },
    });
    return tx.job.findMany({
      where: { id: { in: ids } },
      orderBy: { runAt: "asc" },
    });
  });
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 2000);
}

/** One pass: claims what is due and delivers it. Answers how many jobs it finished. */
export async function runDueJobs(options: WorkerOptions): Promise<number> {
  const client = options.client ?? prisma;
  const workerId = options.workerId ?? newWorkerId();
  const clock = options.now ?? (() => new Date());
  const jobs = await claimDueJobs(
    client,
    workerId,
    clock(),
    options.leaseMs ?? DEFAULT_LEASE_MS,
    options.batchSize ?? 10,
  );
  // Only the holder of the lease may record an outcome: a process whose lease lapsed while
  // it delivered finds its job taken over and records nothing.
  const held = (job: Job) => ({
    id: job.id,
    status: "RUNNING" as const,
    lockedBy: workerId,
  });
  let finished = 0;
  for (const job of jobs) {
    const handler = options.handlers[job.kind];
    // A lapsed lease counts as a try: a job that keeps killing its process stops somewhere.
    if (job.attempts > job.maxAttempts || !handler) {
      await client.job.updateMany({
        where: held(job),
        data: {
          status: "FAILED",
          lockedBy: null,
          lockedUntil: null,
          lastError: handler
            ? `Gave up after ${job.maxAttempts} tries (the last one did not finish).`
            : `No handler for jobs of kind "${job.kind}".`,
        },
      });
      continue;
    }
    try {
      await handler.deliver(job.payload, { job, now: clock() });
      const done = await client.job.updateMany({
        where: held(job),
        data: {
          status: "DONE",
          doneAt: clock(),
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
          ...(handler.redact
            ? { payload: handler.redact(job.payload) as object }
            : {}),
        },
      });
      finished += done.count;
    } catch (error) {
      const next = afterFailure(job, clock(), options.random);
      await client.job.updateMany({
        where: held(job),
        data: {
          ...next,
          lockedBy: null,
          lockedUntil: null,
          lastError: describeError(error),
        },
      });
      finished += 1;
    }
  }
  return finished;
}

export type RunningWorker = { id: string; stop: () => Promise<void> };

/**
 * Polls for due jobs until stopped. A pass that found work is followed at once by another;
 * an idle one waits `pollMs`. A failing pass (the database restarting) is logged and retried.
 */
export function startWorker(
  options: WorkerOptions & { pollMs?: number },
): RunningWorker {
  const workerId = options.workerId ?? newWorkerId();
  const pollMs = options.pollMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();
  const tick = () => {
    pass = runDueJobs({ ...options, workerId })
      .then((count) => schedule(count > 0 ? 0 : pollMs))
      .catch((error: unknown) => {
        console.error("Background jobs: a pass failed", error);
        schedule(pollMs * 5);
      });
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delay);
    // The worker never keeps a process alive on its own.
    timer.unref();
  };
  schedule(0);
  return {
    id: workerId,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
