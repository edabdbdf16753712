// Writes a background job in the caller's transaction, so the job exists exactly when the
// change that causes it commits (docs/decisions/013-background-jobs.md).
import type { Prisma } from "#app/generated/prisma/client";

export type JobWriter = Pick<Prisma.TransactionClient, "job">;

export type NewJob = {
  kind: string;
  payload: Prisma.InputJsonValue;
  /** One cause, one job: enqueueing the same key again does nothing. */
  dedupeKey: string;
  /** Not before this time (a reminder); now when left out. */
  runAt?: Date;
  maxAttempts?: number;
};

/** Adds jobs unless their dedupe keys exist; answers how many were new. */
export async function enqueue(
  tx: JobWriter,
  jobs: NewJob | NewJob[],
): Promise<number> {
  const list = [jobs].flat();
  if (list.length === 0) return 0;
  // ON CONFLICT DO NOTHING: a duplicate neither fails nor aborts the caller's transaction.
  const { count } = await tx.job.createMany({
    data: list.map((job) => ({
      kind: job.kind,
      payload: job.payload,
      dedupeKey: job.dedupeKey,
      runAt: job.runAt ?? new Date(),
      maxAttempts: job.maxAttempts,
    })),
    skipDuplicates: true,
  });
  return count;
}
