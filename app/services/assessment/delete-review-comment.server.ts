// The candidate deletes one of their review comments.
import { decideDelete } from "#app/domain/autosave";
import { commentValue } from "#app/domain/review";
import type { CandidateContext } from "../candidate-session.server";
import { onOpenAttempt, type DeleteResult } from "./autosaved-write.server";
import { findOwnComment } from "./own-review-comment.server";

/** Deleting what is already gone succeeds: the retry of a delete whose answer was lost. */
export async function deleteReviewComment(
  context: CandidateContext,
  input: { id: string; baseRevision: number },
): Promise<DeleteResult> {
  return onOpenAttempt(context.attemptId, async (tx) => {
    const stored = await findOwnComment(tx, context, input.id);
    const decision = decideDelete(stored, input.baseRevision);
    if (decision.kind === "conflict" && stored) {
      return {
        status: "conflict",
        serverRevision: stored.revision,
        serverValue: commentValue(stored),
        serverSavedAt: stored.updatedAt,
      };
    }
    if (decision.kind === "delete")
      await tx.reviewComment.delete({ where: { id: input.id } });
    return { status: "deleted" };
  });
}
