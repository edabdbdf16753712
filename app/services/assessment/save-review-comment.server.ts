// Autosave of one of the candidate's review comments, created or updated.
import {
  anchorProblem,
  commentValue,
  type CommentValue,
} from "#app/domain/review";
import { UserFacingError } from "#app/utils/errors";
import type { CandidateContext } from "../candidate-session.server";
import {
  checkSize,
  onOpenAttempt,
  saveOnRevision,
  type SaveResult,
} from "./autosaved-write.server";
import { findOwnComment } from "./own-review-comment.server";
import { attemptContent, exerciseOf } from "./started-attempt.server";

const sameComment = (a: CommentValue, b: CommentValue) =>
  a.filePath === b.filePath &&
  a.side === b.side &&
  a.startLine === b.startLine &&
  a.endLine === b.endLine &&
  a.body === b.body &&
  a.category === b.category &&
  a.severity === b.severity;

/**
 * Creates or updates a comment. The browser names the comment's id when it creates it, so a
 * retried creation finds the comment it already made instead of adding a second one.
 */
export async function saveReviewComment(
  context: CandidateContext,
  input: CommentValue & { id: string; baseRevision: number },
): Promise<SaveResult<CommentValue>> {
  const exercise = await exerciseOf(await attemptContent(context.attemptId));
  const problem = anchorProblem(exercise.files, input);
  if (problem) throw new UserFacingError(problem, "startLine", 400);
  if (!input.body.trim())
    throw new UserFacingError("Write a comment first.", "body", 400);
  checkSize("comment", input.body);

  const value: CommentValue = {
    filePath: input.filePath,
    side: input.side,
    startLine: input.startLine,
    endLine: input.endLine,
    body: input.body,
    category: input.category,
    severity: input.severity,
  };
  return onOpenAttempt(context.attemptId, async (tx) => {
    const stored = await findOwnComment(tx, context, input.id);
    return saveOnRevision({
      stored: stored && {
        revision: stored.revision,
        value: commentValue(stored),
        updatedAt: stored.updatedAt,
      },
      baseRevision: input.baseRevision,
      value,
      same: sameComment,
      write: (revision) =>
        stored
          ? tx.reviewComment.update({
              where: { id: input.id },
              data: { ...value, revision },
              select: { revision: true, updatedAt: true },
            })
          : tx.reviewComment.create({
              data: {
                id: input.id,
                attemptId: context.attemptId,
                ...value,
                revision,
              },
              select: { revision: true, updatedAt: true },
            }),
    });
  });
}
