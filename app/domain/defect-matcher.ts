// Which seeded defects a candidate's review comments found. A comment finds a defect when
// it sits on the defect's file, on the after side, within a few lines of its range:
// reviewers anchor a comment on the line that caught their eye, not on the whole range.
import type { ReviewSide } from "./content/constants";

export type DefectRange = {
  id: string;
  file: string;
  startLine: number;
  endLine: number;
};

export type ReviewCommentAnchor = {
  id: string;
  file: string;
  side?: ReviewSide;
  startLine: number;
  endLine: number;
  body: string;
};

export type MatchReason = { commentId: string; reason: string };

export type DefectMatch = {
  id: string;
  found: boolean;
  commentIds: string[];
  reasons: MatchReason[];
};

export type DefectOverride = {
  defectId: string;
  found: boolean;
  reason: string;
  by: string;
};

export type DefectStatus = DefectMatch & {
  // What the comments alone decided, kept beside the final status.
  matched: boolean;
  override?: Omit<DefectOverride, "defectId">;
};

const lines = (start: number, end: number) =>
  start === end ? `line ${start}` : `lines ${start}–${end}`;

const count = (n: number) => (n === 1 ? "1 line" : `${n} lines`);

function matchReason(
  defect: DefectRange,
  start: number,
  end: number,
  tolerance: number,
): string | undefined {
  const where = `comment on ${lines(start, end)}`;
  const target = `the defect's ${lines(defect.startLine, defect.endLine)}`;
  if (start <= defect.endLine && end >= defect.startLine)
    return `${where} overlaps ${target}`;
  const below = start - defect.endLine;
  const above = defect.startLine - end;
  const gap = below > 0 ? below : above;
  if (gap > tolerance) return undefined;
  const direction = below > 0 ? "below" : "above";
  return `${where}, ${count(gap)} ${direction} ${target}, within tolerance ${tolerance}`;
}

export function matchDefects(
  defects: readonly DefectRange[],
  comments: readonly ReviewCommentAnchor[],
  { tolerance = 3 }: { tolerance?: number } = {},
): DefectMatch[] {
  return defects.map((defect) => {
    const reasons = comments.flatMap((comment) => {
      if (comment.file !== defect.file || (comment.side ?? "after") !== "after")
        return [];
      // A range selected upwards arrives reversed; it covers the same lines.
      const start = Math.min(comment.startLine, comment.endLine);
      const end = Math.max(comment.startLine, comment.endLine);
      const reason = matchReason(defect, start, end, tolerance);
      return reason ? [{ commentId: comment.id, reason }] : [];
    });
    return {
      id: defect.id,
      found: reasons.length > 0,
      commentIds: reasons.map((r) => r.commentId),
      reasons,
    };
  });
}

// A panelist's override decides the final status; the latest one for a defect wins, so
// overrides are passed oldest first.
export function applyOverrides(
  result: readonly DefectMatch[],
  overrides: readonly DefectOverride[],
): DefectStatus[] {
  const known = new Set(result.map((match) => match.id));
  const unknown = overrides
    .filter((o) => !known.has(o.defectId))
    .map((o) => o.defectId);
  if (unknown.length) {
    throw new RangeError(
      `Overrides name defects this exercise does not have: ${unknown.join(", ")}`,
    );
  }
  return result.map((match) => {
    const latest = overrides.findLast((o) => o.defectId === match.id);
    if (!latest) return { ...match, matched: match.found };
    const { defectId: _defectId, ...override } = latest;
    return { ...match, found: latest.found, matched: match.found, override };
  });
}
