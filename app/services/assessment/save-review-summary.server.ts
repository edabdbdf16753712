// Autosave of the candidate's review summary: the verdict and the overall comment.
import type { ReviewVerdictKey } from "#app/domain/review";
import type { CandidateContext } from "../candidate-session.server";
import {
  checkSize,
  onOpenAttempt,
  saveOnRevision,
  type SaveResult,
} from "./autosaved-write.server";

export type SummaryValue = { verdict: ReviewVerdictKey | null; body: string };

export async function saveReviewSummary(
  context: CandidateContext,
  input: SummaryValue & { baseRevision: number },
): Promise<SaveResult<SummaryValue>> {
  checkSize("summary", input.body);
  const value: SummaryValue = { verdict: input.verdict, body: input.body };
  return onOpenAttempt(context.attemptId, async (tx) => {
    const stored = await tx.reviewSummary.findUnique({
      where: { attemptId: context.attemptId },
      select: { verdict: true, body: true, revision: true, updatedAt: true },
    });
    return saveOnRevision({
      stored: stored && {
        revision: stored.revision,
        value: { verdict: stored.verdict, body: stored.body },
        updatedAt: stored.updatedAt,
      },
      baseRevision: input.baseRevision,
      value,
      same: (a, b) => a.verdict === b.verdict && a.body === b.body,
      write: (revision) =>
        tx.reviewSummary.upsert({
          where: { attemptId: context.attemptId },
          create: { attemptId: context.attemptId, ...value, revision },
          update: { ...value, revision },
          select: { revision: true, updatedAt: true },
        }),
    });
  });
}
