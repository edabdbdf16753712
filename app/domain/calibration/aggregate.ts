// Turns criterion-level ratings into one observation y_cr per dimension × candidate ×
// panelist: the mean of that panelist's criterion scores in the dimension.
import type { Rating } from "./types";

export type PanelObservation = {
  candidate: string;
  panelist: string;
  score: number;
  /** One score per criterion (repeats of a criterion averaged), in first-seen order. */
  criteria: { criterion: string; score: number }[];
};

type Accumulator = {
  candidate: string;
  panelist: string;
  /** Rows without a criterion are already dimension means; each counts as one entry. */
  meanSum: number;
  meanCount: number;
  /** A pair has a handful of criteria, too few to be worth a Map. */
  criteria: { criterion: string; sum: number; count: number }[];
};

/** Observations per dimension, dimensions in first-seen order. Throws on a non-finite score. */
export function observationsByDimension(
  ratings: readonly Rating[],
): Map<string, PanelObservation[]> {
  // dimension → candidate → panelist; nested Maps avoid building a string key per rating.
  const byDimension = new Map<string, Map<string, Map<string, Accumulator>>>();
  for (const rating of ratings) {
    if (!Number.isFinite(rating.score)) {
      throw new RangeError(
        `score of ${rating.panelist} for ${rating.candidate} in ${rating.dimension} is not a number`,
      );
    }
    let candidates = byDimension.get(rating.dimension);
    if (!candidates) {
      candidates = new Map();
      byDimension.set(rating.dimension, candidates);
    }
    let panel = candidates.get(rating.candidate);
    if (!panel) {
      panel = new Map();
      candidates.set(rating.candidate, panel);
    }
    let pair = panel.get(rating.panelist);
    if (!pair) {
      pair = {
        candidate: rating.candidate,
        panelist: rating.panelist,
        meanSum: 0,
        meanCount: 0,
        criteria: [],
      };
      panel.set(rating.panelist, pair);
    }
    if (rating.criterion === undefined) {
      pair.meanSum += rating.score;
      pair.meanCount += 1;
      continue;
    }
    const entry = pair.criteria.find((c) => c.criterion === rating.criterion);
    if (entry) {
      entry.sum += rating.score;
      entry.count += 1;
    } else {
      pair.criteria.push({
        criterion: rating.criterion,
        sum: rating.score,
        count: 1,
      });
    }
  }

  const result = new Map<string, PanelObservation[]>();
  for (const [dimension, candidates] of byDimension) {
    const observations: PanelObservation[] = [];
    for (const panel of candidates.values()) {
      for (const pair of panel.values()) {
        const criteria = pair.criteria.map(({ criterion, sum, count }) => ({
          criterion,
          score: sum / count,
        }));
        let sum = pair.meanSum;
        for (const entry of criteria) sum += entry.score;
        observations.push({
          candidate: pair.candidate,
          panelist: pair.panelist,
          score: sum / (pair.meanCount + criteria.length),
          criteria,
        });
      }
    }
    result.set(dimension, observations);
  }
  return result;
}
