// Issues a candidate's invite link. A token is 256 random bits shown once; only its hash is
// stored. The invitation email and the due-date reminder are queued in the same transaction.
import { dueDateFor, linkExpiryFor } from "#app/domain/deadlines";
import type { Actor } from "#app/domain/roles";
import { getEnv } from "#app/utils/env.server";
import { generateToken, hashToken } from "#app/utils/tokens.server";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { enqueueInvitationEmails } from "../notifications/enqueue.server";
import { invitationUrl } from "./invitation-url.server";

/**
 * Issues a fresh link for a candidate; any earlier link stops working (re-issue). The request
 * gives the link's origin when APP_URL is not set.
 */
export async function issueInvitation(
  actor: Actor,
  candidateId: string,
  request?: Request,
) {
  const token = generateToken();
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const { opening } = await tx.candidate.findUniqueOrThrow({
      where: { id: candidateId },
      select: { opening: { select: { timeAllowedDays: true } } },
    });
    const dueAt = dueDateFor(now, opening.timeAllowedDays);
    const expiresAt = linkExpiryFor(now, dueAt, getEnv().INVITE_TTL_DAYS);
    const revoked = await tx.invitation.updateMany({
      where: { candidateId, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        candidateId,
        tokenHash: hashToken(token),
        dueAt,
        expiresAt,
        createdById: actor.id,
      },
      select: { id: true, expiresAt: true, dueAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: revoked.count ? "invitation.reissue" : "invitation.issue",
      entityType: "Candidate",
      entityId: candidateId,
      after: {
        invitationId: created.id,
        dueAt: dueAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
      },
    });
    const url = invitationUrl(token, request);
    const { emailing } = await enqueueInvitationEmails(tx, {
      invitationId: created.id,
      url,
      dueAt,
    });
    return { token, url, emailing, ...created, dueAt };
  });
}
