// The candidates of an opening as its page lists them: invite state, stage and panel.
import { candidateStage, invitationState } from "#app/domain/candidate-stage";
import type { Actor } from "#app/domain/roles";
import { prisma } from "../db.server";
import { requireManagedOpening } from "../openings.server";

export async function listCandidates(actor: Actor, openingId: string) {
  await requireManagedOpening(actor, openingId);
  const candidates = await prisma.candidate.findMany({
    where: { openingId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      code: true,
      decision: true,
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          id: true,
          dueAt: true,
          expiresAt: true,
          revokedAt: true,
          emailedAt: true,
          createdAt: true,
        },
      },
      attempt: { select: { startedAt: true, submittedAt: true } },
      assignments: {
        select: { panelist: { select: { id: true, name: true } } },
      },
      _count: { select: { scorecards: { where: { status: "SUBMITTED" } } } },
    },
  });
  return candidates.map((candidate) => {
    const latest = candidate.invitations[0];
    const invitation = latest
      ? { ...latest, state: invitationState(latest) }
      : null;
    return {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      code: candidate.code,
      decision: candidate.decision,
      invitation,
      stage: candidateStage({
        hasActiveInvitation: invitation?.state === "active",
        startedAt: candidate.attempt?.startedAt,
        submittedAt: candidate.attempt?.submittedAt,
        submittedScorecards: candidate._count.scorecards,
      }),
      panelists: candidate.assignments.map((assignment) => assignment.panelist),
    };
  });
}
