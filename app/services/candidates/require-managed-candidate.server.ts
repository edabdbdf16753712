// The one check that a candidate belongs to an opening the actor manages: every staff use case
// on one candidate (the panel, invite links, the submission view, the debrief) starts here.
import type { Actor } from "#app/domain/roles";
import { notFound } from "../auth.server";
import { prisma } from "../db.server";
import { requireManagedOpening } from "../openings.server";

/** The candidate and its opening, if it is in this opening and the actor manages it; else 404. */
export async function requireManagedCandidate(
  actor: Actor,
  candidateId: string,
  openingId?: string,
) {
  const candidate = await prisma.candidate.findUnique({
    where: { id: candidateId },
    select: { id: true, openingId: true, code: true, name: true },
  });
  if (!candidate || (openingId && candidate.openingId !== openingId))
    throw notFound();
  const opening = await requireManagedOpening(actor, candidate.openingId);
  return { candidate, opening };
}
