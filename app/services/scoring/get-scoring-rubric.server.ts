// The rubric a panelist's scorecard for a candidate is filled against, so a route can build
// the form's schema before it parses the form.
import type { Actor } from "#app/domain/roles";
import { prisma } from "../db.server";
import {
  assignedCandidate,
  ownScorecard,
  rubricFor,
} from "./assignment.server";

export async function getScoringRubric(panelist: Actor, candidateId: string) {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const own = await prisma.scorecard.findUnique({
    where: ownScorecard(panelist, candidateId),
    select: { rubricKey: true, rubricVersion: true },
  });
  return rubricFor(candidate, own);
}
