// Autosave of the candidate's review summary: the verdict and the overall comment.
import { decideSave, type Stored } from "#app/domain/autosave";
import type { ReviewVerdictKey } from "#app/domain/review";
import type { CandidateContext } from "../candidate-session.server";
import {
  checkSize,
  onOpenAttempt,
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
    const current: Stored<SummaryValue> | null = stored && {
      revision: stored.revision,
      value: { verdict: stored.verdict, body: stored.body },
    };
    const decision = decideSave(
      current,
      input.baseRevision,
      value,
      (a, b) => a.verdict === b.verdict && a.body === b.body,
    );
    if (decision.kind === "conflict") {
      return {
        status: "conflict",
        serverRevision: stored?.revision ?? 0,
        serverValue: current?.value ?? null,
        serverSavedAt: stored?.updatedAt ?? null,
      };
    }
    if (decision.kind === "unchanged" && stored)
      return {
        status: "saved",
        revision: decision.revision,
        savedAt: stored.updatedAt,
      };
    const saved = await tx.reviewSummary.upsert({
      where: { attemptId: context.attemptId },
      create: {
        attemptId: context.attemptId,
        ...value,
        revision: decision.revision,
      },
      update: { ...value, revision: decision.revision },
      select: { revision: true, updatedAt: true },
    });
    return {
      status: "saved",
      revision: saved.revision,
      savedAt: saved.updatedAt,
    };
  });
}
