// The written part of the assessment, as the candidate sees and answers it.
import type { CandidateContext } from "../candidate-session.server";
import { prisma } from "../db.server";
import { questionSetOf, requireStarted } from "./started-attempt.server";

/**
 * The written part: every question as the candidate sees it (never the panelists' guidance,
 * criteria or red flags) and every stored answer with its revision.
 */
export async function getWrittenAssessment(context: CandidateContext) {
  const attempt = await requireStarted(context);
  const questionSet = await questionSetOf(attempt);
  const answers = await prisma.writtenAnswer.findMany({
    where: { attemptId: context.attemptId },
    select: { questionKey: true, body: true, revision: true, updatedAt: true },
  });
  const byKey = new Map(answers.map((answer) => [answer.questionKey, answer]));
  return {
    introduction: questionSet.introduction,
    submitted: attempt.submittedAt !== null,
    questions: questionSet.questions.map((question) => {
      const answer = byKey.get(question.key);
      return {
        key: question.key,
        title: question.title,
        prompt: question.prompt,
        words: question.words,
        answer: answer
          ? {
              body: answer.body,
              revision: answer.revision,
              savedAt: answer.updatedAt.toISOString(),
            }
          : null,
      };
    }),
  };
}
