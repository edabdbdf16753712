// The candidate's side: what their attempt contains and the steps that change it.
import { recordAudit } from "./audit.server";
import { getExercise, getQuestionSet } from "./content.server";
import { prisma } from "./db.server";
import type { CandidateContext } from "./invitations.server";

export async function getWelcome(context: CandidateContext) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: context.attemptId },
    select: {
      questionSetKey: true,
      questionSetVersion: true,
      exerciseKey: true,
      exerciseVersion: true,
      policyAcceptedAt: true,
      submittedAt: true,
      candidate: {
        select: { name: true, opening: { select: { title: true } } },
      },
    },
  });
  const [questionSet, exercise] = await Promise.all([
    getQuestionSet(attempt.questionSetKey, attempt.questionSetVersion),
    getExercise(attempt.exerciseKey, attempt.exerciseVersion),
  ]);
  if (!questionSet || !exercise)
    throw new Error("The attempt's content is missing from this installation");
  return {
    candidateName: attempt.candidate.name,
    openingTitle: attempt.candidate.opening.title,
    questionCount: questionSet.questions.length,
    exerciseTitle: exercise.title,
    estimatedMinutes: questionSet.estimatedMinutes + exercise.estimatedMinutes,
    policyAccepted: attempt.policyAcceptedAt !== null,
    submitted: attempt.submittedAt !== null,
  };
}

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
