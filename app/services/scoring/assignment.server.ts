// Where every scoring use case starts: the panelist's assignment to the candidate (none
// answers 404), and the rubric the scorecard is filled against. Candidates'
// names and emails are never selected here: panelists score blind.
import type { Actor } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
import { notFound } from "../auth.server";
import { getRubric } from "../content.server";
import { submittedAttemptSelect } from "../submission-evidence.server";
import { prisma } from "../db.server";

/** The candidate as the assigned panelist may see them; 404 for anyone else. */
export async function assignedCandidate(
  panelistId: string,
  candidateId: string,
) {
  const assignment = await prisma.panelAssignment.findUnique({
    where: { candidateId_panelistId: { candidateId, panelistId } },
    select: {
      candidate: {
        select: {
          id: true,
          code: true,
          opening: {
            select: {
              title: true,
              targetLevel: true,
              rubricKey: true,
              rubricVersion: true,
            },
          },
          attempt: { select: submittedAttemptSelect },
        },
      },
    },
  });
  if (!assignment) throw notFound();
  return assignment.candidate;
}

export type AssignedCandidate = Awaited<ReturnType<typeof assignedCandidate>>;

/** The attempt once submitted; before that there is nothing to score (409). */
export function submittedAttempt(candidate: AssignedCandidate) {
  const attempt = candidate.attempt;
  if (!attempt?.submittedAt) {
    throw new UserFacingError(
      "This candidate has not submitted yet, so there is nothing to score.",
      "form",
      409,
    );
  }
  return { ...attempt, submittedAt: attempt.submittedAt };
}

/** The key of a panelist's one scorecard for a candidate. */
export const ownScorecard = (panelist: Actor, candidateId: string) => ({
  candidateId_panelistId: { candidateId, panelistId: panelist.id },
});

// A scorecard keeps the rubric version it was started against; a new one uses the opening's.
export async function rubricFor(
  candidate: AssignedCandidate,
  scorecard?: { rubricKey: string; rubricVersion: number } | null,
) {
  const key = scorecard?.rubricKey ?? candidate.opening.rubricKey;
  const version = scorecard?.rubricVersion ?? candidate.opening.rubricVersion;
  const rubric = await getRubric(key, version);
  if (!rubric)
    throw new Error(`Rubric ${key} v${version} is missing from rubrics/`);
  return rubric;
}

export type ScoringRubric = Awaited<ReturnType<typeof rubricFor>>;
