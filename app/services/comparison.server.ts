// The calibrated comparison of an opening, for its hiring manager and admins: loads the
// candidates with their submitted scorecards, review comments and defect overrides, and
// hands them to the pure comparison in app/domain.
import {
  buildComparison,
  comparisonCsv,
  type CandidateRecord,
  type Comparison,
  type ComparisonContent,
} from "#app/domain/comparison";
import { DIMENSIONS, SCORES } from "#app/domain/content/constants";
import type { Actor } from "#app/domain/roles";
import type { Prisma } from "#app/generated/prisma/client";
import { recordAudit } from "./audit.server";
import { getExercise, getRubric } from "./content.server";
import { prisma } from "./db.server";
import { requireManagedOpening } from "./openings.server";
import { reviewCommentSelect } from "./review-comments.server";

const panelistSelect = { id: true, name: true, email: true } as const;

const candidateSelect = {
  id: true,
  name: true,
  email: true,
  code: true,
  decision: true,
  attempt: {
    select: {
      exerciseKey: true,
      exerciseVersion: true,
      submittedAt: true,
      reviewComments: { select: reviewCommentSelect },
      reviewSummary: { select: { body: true } },
    },
  },
  defectOverrides: {
    orderBy: { updatedAt: "asc" },
    select: {
      defectId: true,
      found: true,
      reason: true,
      panelist: { select: panelistSelect },
    },
  },
  // Drafts are never read: a draft is private to its panelist until submitted.
  scorecards: {
    where: { status: "SUBMITTED" },
    select: {
      status: true,
      recommendation: true,
      summary: true,
      submittedAt: true,
      panelist: { select: panelistSelect },
      criterionScores: {
        select: {
          dimension: true,
          criterionKey: true,
          score: true,
          evidence: true,
        },
      },
      redFlags: { select: { flagKey: true, note: true } },
    },
  },
} satisfies Prisma.CandidateSelect;

export type ScaleLevel = { score: number; label: string };

type OpeningContentRef = {
  rubricKey: string;
  rubricVersion: number;
  exerciseKey: string;
  exerciseVersion: number;
};

/** The rubric's names and the exercise's defects, as the comparison needs them. */
export async function loadComparisonContent(
  opening: OpeningContentRef,
): Promise<{ content: ComparisonContent; scale: ScaleLevel[] }> {
  const [rubric, exercise] = await Promise.all([
    getRubric(opening.rubricKey, opening.rubricVersion),
    getExercise(opening.exerciseKey, opening.exerciseVersion),
  ]);
  const content: ComparisonContent = {
    dimensions: rubric
      ? rubric.dimensions.map((d) => ({ key: d.key, title: d.title }))
      : DIMENSIONS.map((d) => ({ key: d.key, title: d.title })),
    criteria:
      rubric?.dimensions.flatMap((dimension) =>
        dimension.criteria.map((criterion) => ({
          key: criterion.key,
          title: criterion.title,
          dimension: dimension.key,
        })),
      ) ?? [],
    redFlags:
      rubric?.redFlags.map((flag) => ({ key: flag.key, title: flag.title })) ??
      [],
    exercise: exercise
      ? {
          key: exercise.key,
          version: exercise.version,
          defects: exercise.defects.map((defect) => ({
            id: defect.id,
            title: defect.title,
            category: defect.category,
            severity: defect.severity,
            file: defect.file,
            startLine: defect.startLine,
            endLine: defect.endLine,
            decoy: defect.decoy ?? false,
            signals: defect.signals,
            related: defect.related,
          })),
        }
      : null,
  };
  const scale = SCORES.map((score) => ({
    score,
    label: rubric?.scale[score].label ?? String(score),
  }));
  return { content, scale };
}

export async function loadCandidateRecords(
  openingId: string,
): Promise<CandidateRecord[]> {
  return prisma.candidate.findMany({
    where: { openingId },
    orderBy: { createdAt: "asc" },
    select: candidateSelect,
  });
}

export type OpeningComparison = {
  opening: { id: string; title: string };
  comparison: Comparison;
  scale: ScaleLevel[];
};

/** 404 unless the actor is an admin or this opening's hiring manager. */
export async function getOpeningComparison(
  actor: Actor,
  openingId: string,
): Promise<OpeningComparison> {
  const opening = await requireManagedOpening(actor, openingId);
  const [{ content, scale }, candidates] = await Promise.all([
    loadComparisonContent(opening),
    loadCandidateRecords(opening.id),
  ]);
  return {
    opening: { id: opening.id, title: opening.title },
    comparison: buildComparison(candidates, content),
    scale,
  };
}

/** The comparison as CSV; the export is audited because it carries candidates' names. */
export async function exportComparisonCsv(
  actor: Actor,
  openingId: string,
): Promise<{ filename: string; csv: string }> {
  const { opening, comparison } = await getOpeningComparison(actor, openingId);
  await recordAudit(prisma, {
    actorId: actor.id,
    action: "opening.comparison.export",
    entityType: "Opening",
    entityId: opening.id,
    after: { candidates: comparison.candidates.length, format: "csv" },
  });
  const slug =
    opening.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "opening";
  return { filename: `comparison-${slug}.csv`, csv: comparisonCsv(comparison) };
}
