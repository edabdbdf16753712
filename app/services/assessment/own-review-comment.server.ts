// The candidate's own review comment as stored, shared by saving and deleting one: the
// select, and the lookup that answers another attempt's comment as if it did not exist.
import type { Prisma } from "#app/generated/prisma/client";
import { UserFacingError } from "#app/utils/errors";
import type { CandidateContext } from "../candidate-session.server";
import { reviewCommentSelect } from "../review-comments.server";
import type { Tx } from "./autosaved-write.server";

const ownCommentSelect = {
  ...reviewCommentSelect,
  attemptId: true,
  revision: true,
  updatedAt: true,
} satisfies Prisma.ReviewCommentSelect;

/** A comment that belongs to another attempt is answered as if it did not exist. */
export async function findOwnComment(
  tx: Tx,
  context: CandidateContext,
  id: string,
) {
  const stored = await tx.reviewComment.findUnique({
    where: { id },
    select: ownCommentSelect,
  });
  if (stored && stored.attemptId !== context.attemptId)
    throw new UserFacingError("Not found", undefined, 404);
  return stored;
}
