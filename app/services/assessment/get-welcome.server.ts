// The welcome page: what the candidate is about to do, and whether they have started.
import type { CandidateContext } from "../candidate-session.server";
import { getExercise, getQuestionSet } from "../content.server";
import { prisma } from "../db.server";

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
    writtenMinutes: questionSet.estimatedMinutes,
    reviewMinutes: exercise.estimatedMinutes,
    policyAccepted: attempt.policyAcceptedAt !== null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
  };
}
