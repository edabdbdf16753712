// What each candidate of the comparison's review shows: the one shared reading of the review
// (app/domain/review-evidence) with the panel's overrides, and the defect matrix's cells.
import type { DefectOverride } from "../defect-matcher";
import { reviewEvidence, type ReviewEvidence } from "../review-evidence";
import type { CandidateRecord, ComparisonContent, DefectCell } from "./types";

/**
 * What each candidate's review shows: the shared reading of the review (app/domain/
 * review-evidence), with every panelist's overrides (the latest per defect wins). Null when
 * the attempt used another exercise than the opening's, or there is none.
 */
export function candidateEvidence(
  candidate: CandidateRecord,
  exercise: ComparisonContent["exercise"],
  panelists: ReadonlyMap<string, string>,
): ReviewEvidence | null {
  const attempt = candidate.attempt;
  if (
    !exercise ||
    !attempt ||
    attempt.exerciseKey !== exercise.key ||
    attempt.exerciseVersion !== exercise.version
  ) {
    return null;
  }
  const overrides: DefectOverride[] = candidate.defectOverrides.map((o) => ({
    defectId: o.defectId,
    found: o.found,
    reason: o.reason,
    by: panelists.get(o.panelist.id) ?? o.panelist.name,
  }));
  return reviewEvidence(
    exercise.defects,
    {
      comments: attempt.reviewComments.map((comment) => ({
        id: comment.id,
        file: comment.filePath,
        side:
          comment.side === "AFTER" ? ("after" as const) : ("before" as const),
        startLine: comment.startLine,
        endLine: comment.endLine,
        body: comment.body,
        category: comment.category,
        severity: comment.severity,
      })),
      summary: attempt.reviewSummary?.body,
    },
    overrides,
  );
}

export function defectCells(
  evidence: ReviewEvidence | null,
): DefectCell[] | null {
  return (
    evidence?.findings.map((status) => ({
      defectId: status.id,
      status: status.status,
      found: status.found,
      matched: status.matched,
      matchedStatus: status.matchedStatus,
      override: status.override ?? null,
    })) ?? null
  );
}
