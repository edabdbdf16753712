// The one check that a candidate belongs to an opening the actor manages, where the staff use
// cases on one candidate start.
import type { Actor } from "#app/domain/roles";
import { notFound } from "../auth.server";
import { prisma } from "../db.server";
import { requireManagedOpening } from "../openings.server";

/** The candidate if it belongs to this opening and the actor manages it; otherwise a 404. */
export async function requireManagedCandidate(
  actor: Actor,
  candidateId: string,
  openingId?: string,
) {
  const candidate = await prisma.candidate.findUnique({
    where: { id: candidateId },
    select: { id: true, openingId: true, code: true },
  });
  if (!candidate || (openingId && candidate.openingId !== openingId))
    throw notFound();
  await requireManagedOpening(actor, candidate.openingId);
  return candidate;
}
