// Which seeded defects each candidate of the comparison found: the defect matcher on their
// review comments, corrected by the panelists' overrides.
import {
  applyOverrides,
  matchDefects,
  type DefectOverride,
} from "../defect-matcher";
import type { CandidateRecord, ComparisonContent, DefectCell } from "./types";

/**
 * Which seeded defects each candidate found: the matcher on their review comments, then the
 * panelists' overrides (the latest per defect wins). Overrides naming a defect the exercise
 * no longer has are left out rather than failing the whole page.
 */
export function defectCells(
  candidate: CandidateRecord,
  exercise: ComparisonContent["exercise"],
  panelists: ReadonlyMap<string, string>,
): DefectCell[] | null {
  const attempt = candidate.attempt;
  if (
    !exercise ||
    !attempt ||
    attempt.exerciseKey !== exercise.key ||
    attempt.exerciseVersion !== exercise.version
  ) {
    return null;
  }
  const matches = matchDefects(
    exercise.defects,
    attempt.reviewComments.map((comment) => ({
      id: comment.id,
      file: comment.filePath,
      side: comment.side === "AFTER" ? ("after" as const) : ("before" as const),
      startLine: comment.startLine,
      endLine: comment.endLine,
      body: comment.body,
    })),
  );
  const known = new Set(exercise.defects.map((defect) => defect.id));
  const overrides: DefectOverride[] = candidate.defectOverrides
    .filter((o) => known.has(o.defectId))
    .map((o) => ({
      defectId: o.defectId,
      found: o.found,
      reason: o.reason,
      by: panelists.get(o.panelist.id) ?? o.panelist.name,
    }));
  return applyOverrides(matches, overrides).map((status) => ({
    defectId: status.id,
    found: status.found,
    matched: status.matched,
    override: status.override ?? null,
  }));
}
