// The one reading of a candidate's review that every view shares (the panel page, the
// submission view, the comparison's defect matrix, the CSV and the CLI): which seeded
// defects it found, with reasons, after the panel's overrides, and how it prioritised them.
import type { DefectCategory, DefectSeverity } from "./content/constants";
import {
  applyOverrides,
  matchDefects,
  type DefectOverride,
  type DefectStatus,
  type MatchableDefect,
  type ReviewCommentAnchor,
} from "./defect-matcher";
import { prioritisation, type Prioritisation } from "./review-priorities";

export type EvidenceDefect = MatchableDefect & {
  title: string;
  category: DefectCategory;
  severity: DefectSeverity;
  decoy?: boolean;
};

export type EvidenceComment = ReviewCommentAnchor & {
  severity?: string | null;
};

export type ReviewEvidence = {
  findings: DefectStatus[];
  priorities: Prioritisation;
};

export function reviewEvidence(
  defects: readonly EvidenceDefect[],
  review: { comments: readonly EvidenceComment[]; summary?: string | null },
  overrides: readonly DefectOverride[],
): ReviewEvidence {
  // An exercise edited after the fact may have dropped a defect someone overrode.
  const known = new Set(defects.map((defect) => defect.id));
  const findings = applyOverrides(
    matchDefects(defects, review),
    overrides.filter((override) => known.has(override.defectId)),
  );
  const severityOf = new Map(review.comments.map((c) => [c.id, c.severity]));
  const priorities = prioritisation(
    defects.map((defect, index) => {
      const status = findings[index]!;
      return {
        ...defect,
        found: status.found,
        ratedAs: status.commentIds.map((id) => severityOf.get(id)),
        summaryPosition: status.summaryPosition,
      };
    }),
  );
  return { findings, priorities };
}
