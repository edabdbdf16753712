// Issues a candidate's invite link. A token is 256 random bits shown once; only its hash is
// stored.
import type { Actor } from "#app/domain/roles";
import { getEnv } from "#app/utils/env.server";
import { generateToken, hashToken } from "#app/utils/tokens.server";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Issues a fresh link for a candidate; any earlier link stops working (re-issue). */
export async function issueInvitation(actor: Actor, candidateId: string) {
  const token = generateToken();
  const expiresAt = new Date(Date.now() + getEnv().INVITE_TTL_DAYS * DAY_MS);
  const invitation = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const revoked = await tx.invitation.updateMany({
      where: { candidateId, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        candidateId,
        tokenHash: hashToken(token),
        expiresAt,
        createdById: actor.id,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: revoked.count ? "invitation.reissue" : "invitation.issue",
      entityType: "Candidate",
      entityId: candidateId,
      after: { invitationId: created.id, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { token, ...invitation };
}
