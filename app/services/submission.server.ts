// A candidate's submission, read-only, for the opening's hiring manager and admins: the same
// evidence the panel scores, with the panel's overrides of the matcher. Opening it is audited
// and scores nothing. A hiring manager who also sits on this candidate's panel and has not
// submitted their own scorecard sees only the matcher's reading and their own overrides, as on
// their scoring page, so the view never shows them the panel's judgement early.
import type { DecisionValue } from "#app/domain/comparison";
import type { Actor } from "#app/domain/roles";
import { recordAudit } from "./audit.server";
import { requireManagedCandidate } from "./candidates/require-managed-candidate.server";
import { getRubric } from "./content.server";
import { prisma } from "./db.server";
import {
  loadSubmissionEvidence,
  submittedAttemptSelect,
  type SubmissionEvidence,
} from "./submission-evidence.server";

export type CandidateSubmission = {
  opening: { id: string; title: string };
  /** By code only, as on the debrief: the name is revealed there, audited. */
  candidate: { id: string; code: string; decision: DecisionValue | null };
  /** True when the viewer's own scorecard is still to come: other panelists are hidden. */
  independent: boolean;
  /** The rubric's criterion titles, by key, for the criteria each answer evidences. */
  criterionTitles: Record<string, string>;
} & (
  | { kind: "waiting" }
  | {
      kind: "ready";
      evidence: SubmissionEvidence;
      panelOverrides: {
        defectId: string;
        found: boolean;
        reason: string;
        panelistName: string;
      }[];
    }
);

export async function getSubmission(
  actor: Actor,
  openingId: string,
  candidateId: string,
): Promise<CandidateSubmission> {
  const { opening } = await requireManagedCandidate(
    actor,
    candidateId,
    openingId,
  );
  const candidate = await prisma.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    select: {
      id: true,
      code: true,
      decision: true,
      attempt: { select: submittedAttemptSelect },
      assignments: {
        where: { panelistId: actor.id },
        select: { panelistId: true },
      },
      scorecards: {
        where: { panelistId: actor.id, status: "SUBMITTED" },
        select: { id: true },
      },
    },
  });
  const independent =
    candidate.assignments.length > 0 && candidate.scorecards.length === 0;

  await recordAudit(prisma, {
    actorId: actor.id,
    action: "candidate.submission.view",
    entityType: "Candidate",
    entityId: candidate.id,
  });

  const rubric = await getRubric(opening.rubricKey, opening.rubricVersion);
  const header = {
    opening: { id: opening.id, title: opening.title },
    criterionTitles: Object.fromEntries(
      (rubric?.dimensions ?? []).flatMap((d) =>
        d.criteria.map((c) => [c.key, c.title]),
      ),
    ),
    candidate: {
      id: candidate.id,
      code: candidate.code,
      decision: candidate.decision,
    },
    independent,
  };
  const attempt = candidate.attempt;
  if (!attempt?.submittedAt) return { ...header, kind: "waiting" };

  const overrides = await prisma.defectOverride.findMany({
    where: {
      candidateId: candidate.id,
      ...(independent ? { panelistId: actor.id } : {}),
    },
    orderBy: { updatedAt: "asc" },
    select: {
      defectId: true,
      found: true,
      reason: true,
      panelist: { select: { id: true, name: true } },
    },
  });
  const evidence = await loadSubmissionEvidence(
    { ...attempt, submittedAt: attempt.submittedAt },
    overrides.map((o) => ({
      defectId: o.defectId,
      found: o.found,
      reason: o.reason,
      by: o.panelist.name,
    })),
  );
  return {
    ...header,
    kind: "ready",
    evidence,
    panelOverrides: overrides.map((o) => ({
      defectId: o.defectId,
      found: o.found,
      reason: o.reason,
      panelistName: o.panelist.id === actor.id ? "You" : o.panelist.name,
    })),
  };
}
