// One dimension of the comparison: the calibration engine's result for it, with the labels
// people read added beside the ids.
import type { DimensionCalibration } from "../calibration/index";
import type { CandidateScore, DimensionComparison } from "./types";

export type ComparisonLabels = {
  /** Code and name of each scored candidate, by candidate id. */
  candidates: ReadonlyMap<string, { code: string; name: string }>;
  /** By panelist id (see panelistLabels). */
  panelists: ReadonlyMap<string, string>;
  /** By criterion key (see criterionLabels). */
  criteria: ReadonlyMap<string, string>;
};

export function dimensionComparison(
  dimension: { key: string; title: string },
  calibration: DimensionCalibration | undefined,
  labels: ComparisonLabels,
): DimensionComparison {
  const panelistLabel = (id: string) => labels.panelists.get(id) ?? id;
  if (!calibration) {
    return {
      key: dimension.key,
      title: dimension.title,
      observations: 0,
      nu: 0,
      s: null,
      alpha: null,
      alphaStatus: "insufficient data",
      scores: [],
      components: [],
      adjacent: [],
      tooCloseToCall: [],
      panelists: [],
      ratings: [],
    };
  }
  const scores: CandidateScore[] = calibration.candidates.map((entry) => {
    const candidate = labels.candidates.get(entry.candidate);
    return {
      candidateId: entry.candidate,
      code: candidate?.code ?? entry.candidate,
      name: candidate?.name ?? entry.candidate,
      raw: entry.raw,
      calibrated: entry.calibrated,
      se: entry.se,
      low: entry.low,
      high: entry.high,
      displayLow: entry.displayLow,
      displayHigh: entry.displayHigh,
      raters: entry.raters,
      singleRater: entry.singleRater,
      component: entry.component,
      linked: entry.linked,
      flag: entry.flag,
      flagReasons: entry.flagReasons,
      adjustedRange: entry.adjustedRange,
      rwg: entry.rwg,
      unexpectedRatings: entry.unexpectedRatings,
    };
  });
  // Group by component, keeping calibrated order inside each, so a plot never interleaves
  // candidates that were not calibrated against each other.
  scores.sort((a, b) => a.component - b.component);
  return {
    key: dimension.key,
    title: dimension.title,
    observations: calibration.observations,
    nu: calibration.nu,
    s: calibration.s,
    alpha: calibration.alpha,
    alphaStatus: calibration.alphaStatus,
    scores,
    components: calibration.components.map((component) => [
      ...component.candidates,
    ]),
    adjacent: calibration.adjacent.map((pair) => ({
      higher: pair.higher,
      lower: pair.lower,
      probability: pair.probability,
    })),
    tooCloseToCall: calibration.tooCloseToCall.map((run) => [...run]),
    panelists: calibration.panelists.map((entry) => ({
      panelistId: entry.panelist,
      panelist: panelistLabel(entry.panelist),
      offset: entry.offset,
      se: entry.se,
      ratings: entry.ratings,
      component: entry.component,
    })),
    ratings: calibration.ratings.map((rating) => ({
      candidateId: rating.candidate,
      panelistId: rating.panelist,
      panelist: panelistLabel(rating.panelist),
      raw: rating.raw,
      offset: rating.offset,
      adjusted: rating.adjusted,
      z: rating.z,
      unexpected: rating.unexpected,
      criteria: rating.criteria.map((c) => ({
        title: labels.criteria.get(c.criterion) ?? c.criterion,
        score: c.score,
      })),
    })),
  };
}
