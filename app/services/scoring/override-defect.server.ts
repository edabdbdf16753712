// A panelist corrects the defect matcher's verdict on one seeded defect, with a reason.
import type { Actor } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { exerciseForAttempt } from "../submission-evidence.server";
import { assignedCandidate, submittedAttempt } from "./assignment.server";

/** A panelist's correction of the defect matcher for this candidate, with a reason. */
export async function overrideDefect(
  panelist: Actor,
  candidateId: string,
  input: { defectId: string; found: boolean; reason: string },
): Promise<void> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const attempt = submittedAttempt(candidate);
  const exercise = await exerciseForAttempt(attempt);
  if (!exercise.defects.some((defect) => defect.id === input.defectId)) {
    throw new UserFacingError(
      "This exercise has no such defect.",
      "defectId",
      400,
    );
  }
  const reason = input.reason.trim();
  if (!reason) {
    throw new UserFacingError(
      "Say why the matcher is wrong about this defect.",
      "reason",
      400,
    );
  }
  const key = {
    candidateId_panelistId_defectId: {
      candidateId,
      panelistId: panelist.id,
      defectId: input.defectId,
    },
  };
  await prisma.$transaction(async (tx) => {
    const before = await tx.defectOverride.findUnique({
      where: key,
      select: { found: true, reason: true },
    });
    const saved = await tx.defectOverride.upsert({
      where: key,
      create: {
        candidateId,
        panelistId: panelist.id,
        defectId: input.defectId,
        found: input.found,
        reason,
      },
      update: { found: input.found, reason },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: panelist.id,
      action: "defect.override",
      entityType: "DefectOverride",
      entityId: saved.id,
      before: before ?? undefined,
      after: { defectId: input.defectId, found: input.found, reason },
    });
  });
}
