// A panelist changes a submitted scorecard, with a reason the audit trail keeps.
import type { Actor } from "#app/domain/roles";
import { amendmentErrors, diffScorecards } from "#app/domain/scorecard";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import {
  assignedCandidate,
  ownScorecard,
  rubricFor,
} from "./assignment.server";
import {
  auditSnapshot,
  scorecardContent,
  scorecardSelect,
  writeScorecardRevision,
  type ScorecardInput,
  type SubmitResult,
} from "./scorecard-revision.server";

/**
 * Changes a submitted scorecard. Needs a reason and a real change; the audit trail keeps the
 * old values beside the new ones and the reason, so nothing is overwritten silently.
 */
export async function amendScorecard(
  panelist: Actor,
  candidateId: string,
  input: ScorecardInput & { reason: string },
): Promise<SubmitResult> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const existing = await prisma.scorecard.findUnique({
    where: ownScorecard(panelist, candidateId),
    select: scorecardSelect,
  });
  if (existing?.status !== "SUBMITTED") {
    throw new UserFacingError(
      "Only a submitted scorecard can be amended; submit this one first.",
      "form",
      409,
    );
  }
  const rubric = await rubricFor(candidate, existing);
  const before = scorecardContent(existing);
  const errors = amendmentErrors(rubric, before, input.content, input.reason);
  if (Object.keys(errors).length) return { ok: false, errors };
  const changes = diffScorecards(rubric, before, input.content);

  await prisma.$transaction(async (tx) => {
    await writeScorecardRevision(
      tx,
      {
        candidateId,
        panelistId: panelist.id,
        existingId: existing.id,
        whileStatus: "SUBMITTED",
      },
      rubric,
      input,
    );
    await recordAudit(tx, {
      actorId: panelist.id,
      action: "scorecard.amend",
      entityType: "Scorecard",
      entityId: existing.id,
      before: auditSnapshot(before),
      after: {
        ...auditSnapshot(input.content),
        reason: input.reason.trim(),
        changed: changes.map((change) => change.field),
      },
    });
  });
  return { ok: true };
}
