// The frame around every assessment page: the opening's title and which steps are open.
import type { CandidateContext } from "../candidate-session.server";
import { prisma } from "../db.server";

/** What every assessment page shows around its content, and which steps are open. */
export async function getAssessmentFrame(context: CandidateContext) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: context.attemptId },
    select: {
      policyAcceptedAt: true,
      submittedAt: true,
      candidate: { select: { opening: { select: { title: true } } } },
    },
  });
  return {
    attemptId: context.attemptId,
    openingTitle: attempt.candidate.opening.title,
    started: attempt.policyAcceptedAt !== null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
  };
}
