// Revealing who a candidate is. Panelists score blind; only the opening's hiring manager
// and admins may see a candidate's name and email, and every reveal is audited.
import type { Actor } from "#app/domain/roles";
import { canSeeIdentity } from "#app/domain/roles";
import { recordAudit } from "./audit.server";
import { notFound } from "./auth.server";
import { prisma } from "./db.server";

export type CandidateIdentity = {
  id: string;
  code: string;
  name: string;
  email: string;
};

/** Answers 404 (not 403) to anyone else, so the call does not confirm the candidate exists. */
export async function revealCandidateIdentity(
  actor: Actor,
  candidateId: string,
): Promise<CandidateIdentity> {
  const candidate = await prisma.candidate.findUnique({
    where: { id: candidateId },
    select: {
      id: true,
      code: true,
      name: true,
      email: true,
      opening: { select: { hiringManagerId: true } },
    },
  });
  if (!candidate || !canSeeIdentity(actor, candidate.opening)) throw notFound();
  await recordAudit(prisma, {
    actorId: actor.id,
    action: "candidate.identity.reveal",
    entityType: "Candidate",
    entityId: candidate.id,
  });
  return {
    id: candidate.id,
    code: candidate.code,
    name: candidate.name,
    email: candidate.email,
  };
}
