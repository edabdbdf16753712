// The candidate confirms the policy on outside help, which starts their attempt.
import { recordAudit } from "../audit.server";
import type { CandidateContext } from "../candidate-session.server";
import { prisma } from "../db.server";

/** Acknowledging the policy starts the attempt; doing it twice changes nothing. */
export async function acceptPolicy(context: CandidateContext): Promise<void> {
  const now = new Date();
  const { count } = await prisma.attempt.updateMany({
    where: { id: context.attemptId, policyAcceptedAt: null },
    data: { policyAcceptedAt: now, startedAt: now, lastActivityAt: now },
  });
  if (count) {
    await recordAudit(prisma, {
      actorLabel: `candidate ${context.code}`,
      action: "attempt.start",
      entityType: "Attempt",
      entityId: context.attemptId,
    });
  }
}
