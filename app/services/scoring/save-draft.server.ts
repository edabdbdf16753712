// Autosave of a panelist's scorecard draft.
import type { Actor } from "#app/domain/roles";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import {
  assignedCandidate,
  ownScorecard,
  rubricFor,
  submittedAttempt,
} from "./assignment.server";
import {
  rethrowUniqueAsConflict,
  scorecardLocked,
  writeScorecardRevision,
  type ScorecardInput,
} from "./scorecard-revision.server";

/**
 * Writes the panelist's draft, for autosave. `revision` is the one the page last saw (0 when
 * it saw no scorecard); an older one means another tab saved since, and is refused.
 */
export async function saveDraft(
  panelist: Actor,
  candidateId: string,
  input: ScorecardInput,
): Promise<{ revision: number; savedAt: Date }> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  submittedAttempt(candidate);
  return prisma
    .$transaction(async (tx) => {
      const existing = await tx.scorecard.findUnique({
        where: ownScorecard(panelist, candidateId),
        select: {
          id: true,
          status: true,
          rubricKey: true,
          rubricVersion: true,
        },
      });
      const rubric = await rubricFor(candidate, existing);
      if (existing?.status === "SUBMITTED") throw scorecardLocked();
      const written = await writeScorecardRevision(
        tx,
        {
          candidateId,
          panelistId: panelist.id,
          existingId: existing?.id ?? null,
          whileStatus: "DRAFT",
        },
        rubric,
        input,
      );
      if (written.created) {
        await recordAudit(tx, {
          actorId: panelist.id,
          action: "scorecard.start",
          entityType: "Scorecard",
          entityId: written.id,
        });
      }
      const saved = await tx.scorecard.findUniqueOrThrow({
        where: { id: written.id },
        select: { revision: true, updatedAt: true },
      });
      return { revision: saved.revision, savedAt: saved.updatedAt };
    })
    .catch(rethrowUniqueAsConflict);
}
