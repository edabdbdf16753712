// A candidate's debrief, for the opening's hiring manager and admins: the panel's submitted
// scorecards side by side, the agenda, and the decision that closes it.
import { buildComparison, type DecisionValue } from "#app/domain/comparison";
import { buildDebrief, type DebriefSheet } from "#app/domain/debrief";
import type { Actor } from "#app/domain/roles";
import { recordAudit } from "./audit.server";
import { requireManagedCandidate } from "./candidates/require-managed-candidate.server";
import {
  revealCandidateIdentity,
  type CandidateIdentity,
} from "./identity.server";
import {
  loadCandidateRecords,
  loadComparisonContent,
  type ScaleLevel,
} from "./comparison.server";
import { prisma } from "./db.server";

export type CandidateDebrief = {
  opening: { id: string; title: string };
  /** By code only: the name is shown after an audited reveal. */
  candidate: {
    id: string;
    code: string;
    decision: DecisionValue | null;
    decisionRationale: string | null;
    decidedAt: Date | null;
    decidedBy: string | null;
  };
  sheet: DebriefSheet;
  scale: ScaleLevel[];
};

/** The candidate and their decision, once the one access check has passed. */
async function requireCandidateOfOpening(
  actor: Actor,
  openingId: string,
  candidateId: string,
) {
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
      decisionRationale: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
    },
  });
  return { opening, candidate };
}

export async function getCandidateDebrief(
  actor: Actor,
  openingId: string,
  candidateId: string,
): Promise<CandidateDebrief> {
  const { opening, candidate } = await requireCandidateOfOpening(
    actor,
    openingId,
    candidateId,
  );
  // The whole opening is calibrated: a candidate's offsets-corrected score and flags only
  // mean something against the panel's other ratings.
  const [{ content, scale }, records] = await Promise.all([
    loadComparisonContent(opening),
    loadCandidateRecords(opening.id),
  ]);
  const comparison = buildComparison(records, content);
  const record = records.find((r) => r.id === candidate.id);
  return {
    opening: { id: opening.id, title: opening.title },
    candidate: {
      id: candidate.id,
      code: candidate.code,
      decision: candidate.decision,
      decisionRationale: candidate.decisionRationale,
      decidedAt: candidate.decidedAt,
      decidedBy: candidate.decidedBy?.name ?? null,
    },
    sheet: buildDebrief({
      candidateId: candidate.id,
      content,
      scorecards: record?.scorecards ?? [],
      calibration: comparison.dimensions,
    }),
    scale,
  };
}

export async function recordDecision(
  actor: Actor,
  openingId: string,
  candidateId: string,
  input: { decision: DecisionValue; rationale: string },
): Promise<void> {
  const { candidate } = await requireCandidateOfOpening(
    actor,
    openingId,
    candidateId,
  );
  await prisma.$transaction(async (tx) => {
    await tx.candidate.update({
      where: { id: candidate.id },
      data: {
        decision: input.decision,
        decisionRationale: input.rationale,
        decidedAt: new Date(),
        decidedById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "candidate.decision",
      entityType: "Candidate",
      entityId: candidate.id,
      before: {
        decision: candidate.decision,
        rationale: candidate.decisionRationale,
      },
      after: { decision: input.decision, rationale: input.rationale },
    });
  });
}

/** The candidate's name and email, audited; 404 unless the candidate is in this opening. */
export async function revealDebriefIdentity(
  actor: Actor,
  openingId: string,
  candidateId: string,
): Promise<CandidateIdentity> {
  const { candidate } = await requireManagedCandidate(
    actor,
    candidateId,
    openingId,
  );
  return revealCandidateIdentity(actor, candidate.id);
}
