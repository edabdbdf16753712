// A scorecard as stored and as written: the one select and mapper every scoring read uses,
// and the one way a save moves a scorecard to its next revision (create at revision 1, or a
// conditional update from the revision the page saw), shared by draft, submit and amend.
import {
  isScore,
  recommendationFromEnum,
  recommendationToEnum,
  rubricCriteria,
  type FieldErrors,
  type ScorecardContent,
} from "#app/domain/scorecard";
import type { Prisma } from "#app/generated/prisma/client";
import { UserFacingError } from "#app/utils/errors";
import type { ScoringRubric } from "./assignment.server";

type Tx = Prisma.TransactionClient;

export const scorecardSelect = {
  id: true,
  status: true,
  revision: true,
  recommendation: true,
  summary: true,
  submittedAt: true,
  updatedAt: true,
  rubricKey: true,
  rubricVersion: true,
  criterionScores: {
    select: { criterionKey: true, score: true, evidence: true },
  },
  redFlags: { select: { flagKey: true, note: true } },
} satisfies Prisma.ScorecardSelect;

type ScorecardRow = Prisma.ScorecardGetPayload<{
  select: typeof scorecardSelect;
}>;

/** What a stored scorecard says, in the shape the form and the panel view read. */
export function scorecardContent(row: ScorecardRow): ScorecardContent {
  return {
    criteria: Object.fromEntries(
      row.criterionScores.map((entry) => [
        entry.criterionKey,
        {
          score: isScore(entry.score) ? entry.score : null,
          evidence: entry.evidence,
        },
      ]),
    ),
    redFlags: Object.fromEntries(
      row.redFlags.map((flag) => [flag.flagKey, flag.note]),
    ),
    recommendation: recommendationFromEnum(row.recommendation),
    summary: row.summary,
  };
}

/** What a save carries: the revision the page last saw (0 for none) and the form's content. */
export type ScorecardInput = { revision: number; content: ScorecardContent };

export type SubmitResult = { ok: true } | { ok: false; errors: FieldErrors };

export const scorecardConflict = () =>
  new UserFacingError(
    "This scorecard was changed in another tab or window. Copy anything you need, then reload the page to continue from the latest version.",
    "form",
    409,
  );

export const scorecardLocked = () =>
  new UserFacingError(
    "This scorecard is already submitted. To change it, amend it and give a reason.",
    "form",
    409,
  );

// Two first saves racing (two tabs on a fresh scorecard) collide on the unique key.
export function rethrowUniqueAsConflict(error: unknown): never {
  if (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    error.code === "P2002"
  ) {
    throw scorecardConflict();
  }
  throw error;
}

/**
 * Writes the next revision of a panelist's scorecard and its criterion scores and red flags.
 * Without `existingId` it creates the scorecard at revision 1, which only a page that saw no
 * scorecard (revision 0) may do. With it, the update is conditional on the revision the page
 * saw and on the status the scorecard must still have, so two processes saving at once
 * cannot both win: the loser gets a conflict.
 */
export async function writeScorecardRevision(
  tx: Tx,
  target: {
    candidateId: string;
    panelistId: string;
    existingId: string | null;
    whileStatus: "DRAFT" | "SUBMITTED";
  },
  rubric: ScoringRubric,
  input: ScorecardInput,
  change: { status?: "SUBMITTED"; submittedAt?: Date } = {},
): Promise<{ id: string; created: boolean }> {
  const fields = {
    recommendation: input.content.recommendation
      ? recommendationToEnum(input.content.recommendation)
      : null,
    summary: input.content.summary.trim(),
    ...change,
  };
  let id: string;
  if (!target.existingId) {
    if (input.revision !== 0) throw scorecardConflict();
    const created = await tx.scorecard.create({
      data: {
        candidateId: target.candidateId,
        panelistId: target.panelistId,
        rubricKey: rubric.key,
        rubricVersion: rubric.version,
        revision: 1,
        ...fields,
      },
      select: { id: true },
    });
    id = created.id;
  } else {
    const { count } = await tx.scorecard.updateMany({
      where: {
        id: target.existingId,
        revision: input.revision,
        status: target.whileStatus,
      },
      data: { revision: { increment: 1 }, ...fields },
    });
    if (!count) throw scorecardConflict();
    id = target.existingId;
  }
  await writeCriteriaAndFlags(tx, id, rubric, input.content);
  return { id, created: !target.existingId };
}

async function writeCriteriaAndFlags(
  tx: Tx,
  scorecardId: string,
  rubric: ScoringRubric,
  content: ScorecardContent,
) {
  await tx.criterionScore.deleteMany({ where: { scorecardId } });
  await tx.criterionScore.createMany({
    data: rubricCriteria(rubric).map((criterion) => ({
      scorecardId,
      dimension: criterion.dimension,
      criterionKey: criterion.key,
      score: content.criteria[criterion.key]?.score ?? null,
      evidence: content.criteria[criterion.key]?.evidence.trim() ?? "",
    })),
  });
  await tx.raisedRedFlag.deleteMany({ where: { scorecardId } });
  const flags = rubric.redFlags.filter(
    (flag) => content.redFlags[flag.key] !== undefined,
  );
  if (flags.length) {
    await tx.raisedRedFlag.createMany({
      data: flags.map((flag) => ({
        scorecardId,
        flagKey: flag.key,
        note: content.redFlags[flag.key]?.trim() ?? "",
      })),
    });
  }
}

/** A scorecard's content as the audit trail keeps it. */
export function auditSnapshot(
  content: ScorecardContent,
): Prisma.InputJsonObject {
  return {
    criteria: content.criteria,
    redFlags: content.redFlags,
    recommendation: content.recommendation,
    summary: content.summary.trim(),
  };
}
