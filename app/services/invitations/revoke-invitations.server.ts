// Revokes a candidate's invite links and ends the sessions they opened.
import type { Actor } from "#app/domain/roles";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";

export async function revokeInvitations(
  actor: Actor,
  candidateId: string,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.invitation.updateMany({
      where: { candidateId, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.candidateSession.deleteMany({
      where: { invitation: { candidateId } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.revoke",
      entityType: "Candidate",
      entityId: candidateId,
      after: { revoked: count },
    });
    return count;
  });
}
