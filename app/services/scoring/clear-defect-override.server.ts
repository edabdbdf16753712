// A panelist withdraws their correction of the defect matcher.
import type { Actor } from "#app/domain/roles";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { assignedCandidate } from "./assignment.server";

/** Hands the verdict on a defect back to the matcher. */
export async function clearDefectOverride(
  panelist: Actor,
  candidateId: string,
  defectId: string,
): Promise<void> {
  await assignedCandidate(panelist.id, candidateId);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.defectOverride.findUnique({
      where: {
        candidateId_panelistId_defectId: {
          candidateId,
          panelistId: panelist.id,
          defectId,
        },
      },
      select: { id: true, found: true, reason: true },
    });
    if (!existing) return;
    await tx.defectOverride.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actorId: panelist.id,
      action: "defect.override.clear",
      entityType: "DefectOverride",
      entityId: existing.id,
      before: { defectId, found: existing.found, reason: existing.reason },
    });
  });
}
