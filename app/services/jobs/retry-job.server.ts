// An admin tries a failed delivery again: it goes back on the queue, due now, with its full
// number of tries, and the audit trail says who asked.
import type { Actor } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";

export async function retryJob(actor: Actor, jobId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    // Only a failed job: a pending or running one is already on its way.
    const { count } = await tx.job.updateMany({
      where: { id: jobId, status: "FAILED" },
      data: { status: "PENDING", runAt: new Date(), attempts: 0 },
    });
    if (count === 0)
      throw new UserFacingError(
        "This delivery is not failed any more: it was retried already.",
      );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "job.retry",
      entityType: "Job",
      entityId: jobId,
    });
  });
}
