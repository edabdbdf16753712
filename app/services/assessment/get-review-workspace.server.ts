// The PR review page: the pull request, the candidate's comments and their summary.
import { commentValue, diffLines, fileChange } from "#app/domain/review";
import type { CandidateContext } from "../candidate-session.server";
import { prisma } from "../db.server";
import {
  reviewCommentOrder,
  reviewCommentSelect,
} from "../review-comments.server";
import { exerciseOf, requireStarted } from "./started-attempt.server";

/**
 * The PR review: the pull request as its author opened it (never the defect manifest), the
 * candidate's comments and their summary.
 */
export async function getReviewWorkspace(context: CandidateContext) {
  const attempt = await requireStarted(context);
  const exercise = await exerciseOf(attempt);
  const [comments, summary] = await Promise.all([
    prisma.reviewComment.findMany({
      where: { attemptId: context.attemptId },
      select: { ...reviewCommentSelect, revision: true },
      orderBy: reviewCommentOrder,
    }),
    prisma.reviewSummary.findUnique({
      where: { attemptId: context.attemptId },
      select: { verdict: true, body: true, revision: true },
    }),
  ]);
  return {
    submitted: attempt.submittedAt !== null,
    pullRequest: {
      title: exercise.title,
      description: exercise.description,
      author: exercise.author,
      files: exercise.files.map((file) => {
        const diff = diffLines(file.before, file.after);
        return {
          path: file.path,
          language: file.language,
          before: file.before,
          after: file.after,
          change: fileChange(file),
          additions: diff.additions,
          deletions: diff.deletions,
        };
      }),
    },
    comments: comments.map((comment) => ({
      id: comment.id,
      revision: comment.revision,
      ...commentValue(comment),
    })),
    summary,
  };
}
