// Autosave of the candidate's written answer to one question.
import { UserFacingError } from "#app/utils/errors";
import type { CandidateContext } from "../candidate-session.server";
import { getQuestionSet } from "../content.server";
import {
  checkSize,
  onOpenAttempt,
  saveOnRevision,
  type SaveResult,
} from "./autosaved-write.server";
import { attemptContent } from "./started-attempt.server";

export type AnswerValue = { body: string };

export async function saveAnswer(
  context: CandidateContext,
  input: { questionKey: string; body: string; baseRevision: number },
): Promise<SaveResult<AnswerValue>> {
  const content = await attemptContent(context.attemptId);
  const questionSet = await getQuestionSet(
    content.questionSetKey,
    content.questionSetVersion,
  );
  if (!questionSet?.questions.some((q) => q.key === input.questionKey))
    throw new UserFacingError("Not found", undefined, 404);
  checkSize("answer", input.body);

  return onOpenAttempt(context.attemptId, async (tx) => {
    const where = {
      attemptId_questionKey: {
        attemptId: context.attemptId,
        questionKey: input.questionKey,
      },
    };
    const stored = await tx.writtenAnswer.findUnique({
      where,
      select: { body: true, revision: true, updatedAt: true },
    });
    return saveOnRevision<AnswerValue>({
      stored: stored && {
        revision: stored.revision,
        value: { body: stored.body },
        updatedAt: stored.updatedAt,
      },
      baseRevision: input.baseRevision,
      value: { body: input.body },
      same: (a, b) => a.body === b.body,
      write: (revision) =>
        tx.writtenAnswer.upsert({
          where,
          create: {
            attemptId: context.attemptId,
            questionKey: input.questionKey,
            body: input.body,
            revision,
          },
          update: { body: input.body, revision },
          select: { revision: true, updatedAt: true },
        }),
    });
  });
}
