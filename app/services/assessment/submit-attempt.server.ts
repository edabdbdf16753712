// The candidate submits their attempt, which closes it to every later write, and queues the
// confirmation and the panelists' notices in the same transaction.
import { recordAudit } from "../audit.server";
import type { CandidateContext } from "../candidate-session.server";
import { prisma } from "../db.server";
import { publicBaseUrl } from "../invitations/invitation-url.server";
import { enqueueSubmissionEmails } from "../notifications/enqueue.server";
import { lockAttempt, notStartedError } from "./autosaved-write.server";

/** Submits the attempt. Submitting again is not an error: it answers the first submission. */
export async function submitAttempt(
  context: CandidateContext,
): Promise<{ submittedAt: Date; alreadySubmitted: boolean }> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockAttempt(tx, context.attemptId);
    if (!locked.started) throw notStartedError();
    if (locked.submitted) {
      const { submittedAt } = await tx.attempt.findUniqueOrThrow({
        where: { id: context.attemptId },
        select: { submittedAt: true },
      });
      return { submittedAt: submittedAt ?? new Date(), alreadySubmitted: true };
    }
    const submittedAt = new Date();
    const attempt = await tx.attempt.update({
      where: { id: context.attemptId },
      data: { submittedAt, lastActivityAt: submittedAt },
      select: {
        activeSeconds: true,
        _count: { select: { answers: true, reviewComments: true } },
      },
    });
    await recordAudit(tx, {
      actorLabel: `candidate ${context.code}`,
      action: "attempt.submit",
      entityType: "Attempt",
      entityId: context.attemptId,
      after: {
        submittedAt: submittedAt.toISOString(),
        answers: attempt._count.answers,
        reviewComments: attempt._count.reviewComments,
        activeSeconds: attempt.activeSeconds,
      },
    });
    await enqueueSubmissionEmails(tx, {
      candidateId: context.candidateId,
      // Never the candidate's request: its Host header is theirs to choose, and the link goes
      // to staff (a phishing link in a trusted email). APP_URL, else this server.
      baseUrl: publicBaseUrl(),
    });
    return { submittedAt, alreadySubmitted: false };
  });
}
