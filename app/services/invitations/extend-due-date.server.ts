// An admin gives a candidate more time: the due date moves (audited), the link lives at least
// a day past it, and the reminder moves with it.
import { extendedDueDate, linkExpiryFor } from "#app/domain/deadlines";
import { invitationState } from "#app/domain/candidate-stage";
import type { Actor } from "#app/domain/roles";
import { getEnv } from "#app/utils/env.server";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { scheduleReminder } from "../notifications/enqueue.server";

/** Extends the candidate's current link by `days`; answers the new due date. */
export async function extendDueDate(
  actor: Actor,
  candidateId: string,
  days: number,
  now = new Date(),
): Promise<Date> {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { candidateId, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, dueAt: true, expiresAt: true, revokedAt: true },
    });
    // An expired link is not extended: the admin issues a new one, which the candidate gets.
    if (!invitation || invitationState(invitation, now) !== "active")
      throw new UserFacingError(
        "This candidate has no active link to extend. Issue a new link instead.",
      );
    const before = invitation.dueAt ?? invitation.expiresAt;
    const dueAt = extendedDueDate(before, days, now);
    const expiresAt = new Date(
      Math.max(
        invitation.expiresAt.getTime(),
        linkExpiryFor(now, dueAt, getEnv().INVITE_TTL_DAYS).getTime(),
      ),
    );
    await tx.invitation.update({
      where: { id: invitation.id },
      data: { dueAt, expiresAt },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.extend",
      entityType: "Candidate",
      entityId: candidateId,
      before: { dueAt: before.toISOString() },
      after: { dueAt: dueAt.toISOString(), expiresAt: expiresAt.toISOString() },
    });
    await scheduleReminder(tx, { invitationId: invitation.id, dueAt }, now);
    return dueAt;
  });
}
