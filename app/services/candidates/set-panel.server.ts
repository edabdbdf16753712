// Sets a candidate's panel: the panelists who score them, audited before and after. A panelist
// who joins after the candidate submitted is told a submission is waiting.
import type { Actor } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { publicBaseUrl } from "../invitations/invitation-url.server";
import { enqueuePanelistNotices } from "../notifications/enqueue.server";
import { requireManagedCandidate } from "./require-managed-candidate.server";

export async function setPanel(
  actor: Actor,
  candidateId: string,
  panelistIds: string[],
  request?: Request,
) {
  await requireManagedCandidate(actor, candidateId);
  panelistIds = [...new Set(panelistIds)];
  const panelists = await prisma.user.findMany({
    where: { id: { in: panelistIds }, role: "PANELIST", active: true },
    select: { id: true },
  });
  if (panelists.length !== panelistIds.length) {
    throw new UserFacingError("Choose panelists from the list.", "panelistIds");
  }
  await prisma.$transaction(async (tx) => {
    const before = await tx.panelAssignment.findMany({
      where: { candidateId },
      select: { panelistId: true },
    });
    await tx.panelAssignment.deleteMany({
      where: { candidateId, panelistId: { notIn: panelistIds } },
    });
    const current = new Set(before.map((assignment) => assignment.panelistId));
    const added = panelistIds.filter((id) => !current.has(id));
    await tx.panelAssignment.createMany({
      data: added.map((panelistId) => ({
        candidateId,
        panelistId,
        assignedById: actor.id,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "candidate.panel",
      entityType: "Candidate",
      entityId: candidateId,
      before: { panelistIds: [...current].sort() },
      after: { panelistIds: [...panelistIds].sort() },
    });
    await enqueuePanelistNotices(tx, {
      candidateId,
      panelistIds: added,
      baseUrl: publicBaseUrl(request),
    });
  });
}
