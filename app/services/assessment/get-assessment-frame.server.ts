// The frame around every assessment page: the opening's title, the due date and which steps
// are open.
import type { CandidateContext } from "../candidate-session.server";
import { prisma } from "../db.server";

/** What every assessment page shows around its content, and which steps are open. */
export async function getAssessmentFrame(context: CandidateContext) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: context.attemptId },
    select: {
      policyAcceptedAt: true,
      submittedAt: true,
      candidate: {
        select: {
          opening: { select: { title: true } },
          // The link the candidate holds: the newest one not revoked.
          invitations: {
            where: { revokedAt: null },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { dueAt: true },
          },
        },
      },
    },
  });
  return {
    attemptId: context.attemptId,
    openingTitle: attempt.candidate.opening.title,
    dueAt: attempt.candidate.invitations[0]?.dueAt?.toISOString() ?? null,
    started: attempt.policyAcceptedAt !== null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
  };
}
