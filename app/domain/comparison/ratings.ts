// Which scores count in the comparison, and the calibration ratings they become.
import type { Rating } from "../calibration/index";
import type { CandidateRecord, ScorecardStatus } from "./types";

/** Only submitted scorecards count: a draft is a panelist's private working copy. */
export function submittedScorecards<T extends { status: ScorecardStatus }>(
  scorecards: readonly T[],
): T[] {
  return scorecards.filter((scorecard) => scorecard.status === "SUBMITTED");
}

/**
 * Calibration ratings from submitted scorecards, one per scored criterion, named by ids
 * (candidate id, panelist id, criterion key). `criterionOrder` is the rubric's order of
 * criterion keys.
 */
export function ratingsFromCandidates(
  candidates: readonly CandidateRecord[],
  criterionOrder: readonly string[],
): Rating[] {
  const rank = (key: string) => {
    const index = criterionOrder.indexOf(key);
    return index < 0 ? criterionOrder.length : index;
  };
  const ratings: Rating[] = [];
  for (const candidate of candidates) {
    for (const scorecard of submittedScorecards(candidate.scorecards)) {
      // Rubric order, so a drill-down lists a panelist's criterion scores the way the
      // rubric and the debrief do, whatever order the database returned them in.
      const entries = [...scorecard.criterionScores].sort(
        (a, b) => rank(a.criterionKey) - rank(b.criterionKey),
      );
      for (const entry of entries) {
        if (entry.score === null) continue;
        ratings.push({
          candidate: candidate.id,
          panelist: scorecard.panelist.id,
          dimension: entry.dimension,
          criterion: entry.criterionKey,
          score: entry.score,
        });
      }
    }
  }
  return ratings;
}
