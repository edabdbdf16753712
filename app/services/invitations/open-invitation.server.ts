// A candidate opens their invite link: a valid one finds or creates their attempt and starts
// a candidate session scoped to it.
import { invitationState } from "#app/domain/candidate-stage";
import { hashToken } from "#app/utils/tokens.server";
import { recordAudit } from "../audit.server";
import { startCandidateSession } from "../candidate-session.server";
import { prisma } from "../db.server";

export type OpenedInvitation =
  { status: "ok"; headers: Headers } | { status: "unavailable" };

/**
 * Validates a link and starts a candidate session. Unknown, expired and revoked tokens all
 * answer the same "unavailable", so a link never reveals whether it once existed.
 */
export async function openInvitation(token: string): Promise<OpenedInvitation> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "unavailable" };
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      candidate: {
        select: {
          id: true,
          code: true,
          attempt: { select: { id: true } },
          opening: {
            select: {
              questionSetKey: true,
              questionSetVersion: true,
              exerciseKey: true,
              exerciseVersion: true,
            },
          },
        },
      },
    },
  });
  if (!invitation || invitationState(invitation) !== "active")
    return { status: "unavailable" };
  const { candidate } = invitation;
  // Two first opens at once (a double click, a mail scanner) must find the same attempt:
  // the loser of the race on the unique candidateId reads the winner's.
  const attemptId =
    candidate.attempt?.id ??
    (
      await prisma.attempt
        .create({
          data: { candidateId: candidate.id, ...candidate.opening },
          select: { id: true },
        })
        .catch(async (error: { code?: string }) => {
          if (error.code !== "P2002") throw error;
          return prisma.attempt.findUniqueOrThrow({
            where: { candidateId: candidate.id },
            select: { id: true },
          });
        })
    ).id;
  const headers = await startCandidateSession({
    invitationId: invitation.id,
    attemptId,
  });
  await recordAudit(prisma, {
    actorLabel: `candidate ${candidate.code}`,
    action: "invitation.open",
    entityType: "Attempt",
    entityId: attemptId,
  });
  return { status: "ok", headers };
}
