// Assembles one dimension's calibration from the fitted model: intervals, linking, flags,
// drill-down rows and the pairwise comparisons the page shows.
import { observationsByDimension, type PanelObservation } from "./aggregate";
import { flagCandidate, type PanelistCriterionScores } from "./flags";
import { alphaStatus, krippendorffAlphaInterval } from "./krippendorff";
import { fitOffsetModel } from "./model";
import {
  FLAG_RULES,
  SCORE_SCALE,
  THRESHOLD_SLACK,
  resolveSettings,
  type CalibrationSettings,
} from "./settings";
import { studentTCdf, studentTQuantile } from "./student-t";
import type {
  AdjacentComparison,
  CalibrationNames,
  CandidateCalibration,
  DimensionCalibration,
  LinkedComponent,
  OpeningCalibration,
  PanelistCalibration,
  Rating,
  RatingCalibration,
} from "./types";
import { UnionFind } from "./union-find";

const idCollator = new Intl.Collator("en", { numeric: true });
/** Orders ids the way people read them: C2 before C10. */
export const compareIds = (a: string, b: string): number =>
  idCollator.compare(a, b);

/** Fits every dimension present in the ratings separately. */
export function calibrateOpening(
  ratings: readonly Rating[],
  settings: Partial<CalibrationSettings> = {},
  names: CalibrationNames = {},
): OpeningCalibration {
  const resolved = resolveSettings(settings);
  const dimensions: Record<string, DimensionCalibration> = {};
  for (const [dimension, observations] of observationsByDimension(ratings)) {
    dimensions[dimension] = calibrateDimension(
      dimension,
      observations,
      resolved,
      names,
    );
  }
  return { dimensions };
}

/**
 * One dimension, from one observation per candidate × panelist (as observationsByDimension
 * produces). With ν ≤ 0 (only reachable with ν₀ = 0 and one rating per candidate) the
 * data say nothing about the noise level: the point estimates stand, while s, t, every se,
 * interval, z and probability are null and the displayed interval is the whole scale.
 */
export function calibrateDimension(
  dimension: string,
  observations: readonly PanelObservation[],
  settings: Partial<CalibrationSettings> = {},
  names: CalibrationNames = {},
): DimensionCalibration {
  const resolved = resolveSettings(settings);
  const candidateIds: string[] = [];
  const panelistIds: string[] = [];
  const candidateIndex = new Map<string, number>();
  const panelistIndex = new Map<string, number>();
  const N = observations.length;
  const table = {
    candidateCount: 0,
    panelistCount: 0,
    candidate: new Int32Array(N),
    panelist: new Int32Array(N),
    score: new Float64Array(N),
  };
  observations.forEach((observation, i) => {
    let c = candidateIndex.get(observation.candidate);
    if (c === undefined) {
      c = candidateIds.push(observation.candidate) - 1;
      candidateIndex.set(observation.candidate, c);
    }
    let r = panelistIndex.get(observation.panelist);
    if (r === undefined) {
      r = panelistIds.push(observation.panelist) - 1;
      panelistIndex.set(observation.panelist, r);
    }
    table.candidate[i] = c;
    table.panelist[i] = r;
    table.score[i] = observation.score;
  });
  table.candidateCount = candidateIds.length;
  table.panelistCount = panelistIds.length;

  if (N === 0) return emptyDimension(dimension, resolved);

  const fit = fitOffsetModel(table, resolved);
  const { s, nu } = fit;
  const t = s === null ? null : studentTQuantile((1 + resolved.level) / 2, nu);
  const C = candidateIds.length;
  const R = panelistIds.length;

  const candidateNames = names.candidate
    ? candidateIds.map(names.candidate)
    : candidateIds;
  const order = Array.from({ length: C }, (_, c) => c).sort(
    (a, b) =>
      (fit.calibrated[b] ?? 0) - (fit.calibrated[a] ?? 0) ||
      compareIds(candidateNames[a] ?? "", candidateNames[b] ?? ""),
  );

  const links = new UnionFind(C + R);
  for (let i = 0; i < N; i++)
    links.union(table.candidate[i] ?? 0, C + (table.panelist[i] ?? 0));
  // Components numbered largest first (ties: the one holding the higher-ranked candidate),
  // so component 0 is the main linked group.
  const candidatesOfRoot = new Map<number, number[]>();
  for (const c of order) {
    const root = links.find(c);
    const members = candidatesOfRoot.get(root);
    if (members) members.push(c);
    else candidatesOfRoot.set(root, [c]);
  }
  const groups = [...candidatesOfRoot].sort(
    (a, b) => b[1].length - a[1].length,
  );
  const componentOfRoot = new Map<number, number>();
  const componentOfCandidate = new Int32Array(C);
  const components: LinkedComponent[] = groups.map(([root, members], id) => {
    componentOfRoot.set(root, id);
    for (const c of members) componentOfCandidate[c] = id;
    return {
      id,
      candidates: members.map((c) => candidateIds[c] ?? ""),
      panelists: [],
      offsetSum: 0,
    };
  });

  // Ranks instead of a collator call per comparison: the collator is slow in hot sorts.
  const panelistNames = names.panelist
    ? panelistIds.map(names.panelist)
    : panelistIds;
  const panelistOrder = Array.from({ length: R }, (_, r) => r).sort((a, b) =>
    compareIds(panelistNames[a] ?? "", panelistNames[b] ?? ""),
  );
  const panelistRank = new Int32Array(R);
  panelistOrder.forEach((r, rank) => (panelistRank[r] = rank));
  const observationsOf: number[][] = Array.from({ length: C }, () => []);
  for (let i = 0; i < N; i++) observationsOf[table.candidate[i] ?? 0]?.push(i);

  const ratingRows: RatingCalibration[] = [];
  const candidates: CandidateCalibration[] = order.map((c) => {
    const id = candidateIds[c] ?? "";
    const indices = (observationsOf[c] ?? []).sort(
      (a, b) =>
        (panelistRank[table.panelist[a] ?? 0] ?? 0) -
        (panelistRank[table.panelist[b] ?? 0] ?? 0),
    );
    const adjusted: number[] = [];
    const criterionScores: PanelistCriterionScores[] = [];
    let rawSum = 0;
    let unexpectedRatings = 0;
    for (const i of indices) {
      const observation = observations[i];
      if (!observation) continue;
      const offset = fit.offsets[table.panelist[i] ?? 0] ?? 0;
      const residual = fit.residuals[i] ?? 0;
      const z = s !== null && s > 0 ? residual / s : null;
      const unexpected =
        z !== null && Math.abs(z) >= FLAG_RULES.unexpectedZ - THRESHOLD_SLACK;
      if (unexpected) unexpectedRatings += 1;
      rawSum += observation.score;
      adjusted.push(observation.score - offset);
      criterionScores.push(observation);
      ratingRows.push({
        candidate: id,
        panelist: observation.panelist,
        raw: observation.score,
        offset,
        adjusted: observation.score - offset,
        residual,
        z,
        unexpected,
        criteria: observation.criteria,
      });
    }
    const calibrated = fit.calibrated[c] ?? 0;
    const se = s === null ? null : s * Math.sqrt(fit.candidateCovariance(c, c));
    const halfWidth = se === null || t === null ? null : t * se;
    const low = halfWidth === null ? null : calibrated - halfWidth;
    const high = halfWidth === null ? null : calibrated + halfWidth;
    const component = componentOfCandidate[c] ?? 0;
    const flags = flagCandidate(adjusted, criterionScores, names);
    return {
      candidate: id,
      raw: rawSum / indices.length,
      calibrated,
      se,
      low,
      high,
      displayLow: clampToScale(low ?? SCORE_SCALE.min),
      displayHigh: clampToScale(high ?? SCORE_SCALE.max),
      raters: indices.length,
      singleRater: indices.length === 1,
      component,
      linked: component === 0,
      componentSize: components[component]?.candidates.length ?? 1,
      flag: flags.flag,
      flagReasons: flags.reasons,
      adjustedRange: flags.adjustedRange,
      rwg: flags.rwg,
      unexpectedRatings,
    };
  });

  const panelists: PanelistCalibration[] = panelistOrder.map((r) => {
    const panelist = panelistIds[r] ?? "";
    const component = componentOfRoot.get(links.find(C + r)) ?? 0;
    const offset = fit.offsets[r] ?? 0;
    const entry = components[component];
    if (entry) {
      entry.panelists.push(panelist);
      entry.offsetSum += offset;
    }
    return {
      panelist,
      offset,
      se: s === null ? null : s * Math.sqrt(fit.panelistVariance[r] ?? 0),
      ratings: fit.panelistRatings[r] ?? 0,
      component,
    };
  });

  const probability = (a: number, b: number): number | null => {
    if (s === null || a === b) return null;
    if (componentOfCandidate[a] !== componentOfCandidate[b]) return null;
    const difference = (fit.calibrated[a] ?? 0) - (fit.calibrated[b] ?? 0);
    const variance =
      fit.candidateCovariance(a, a) +
      fit.candidateCovariance(b, b) -
      2 * fit.candidateCovariance(a, b);
    const spread = s * Math.sqrt(Math.max(0, variance));
    // s = 0 (a perfect fit with ν₀ = 0) leaves no uncertainty: the order is certain.
    if (!(spread > 0)) return difference > 0 ? 1 : difference < 0 ? 0 : 0.5;
    return studentTCdf(difference / spread, nu);
  };

  // The raw candidate × panelist matrix, each row holding only the cells that were rated.
  const alpha = krippendorffAlphaInterval(
    observationsOf.map((indices) => indices.map((i) => table.score[i] ?? 0)),
  );
  const { adjacent, tooCloseToCall } = compareNeighbours(
    components,
    candidateIndex,
    probability,
  );

  return {
    dimension,
    settings: resolved,
    observations: N,
    nu,
    s,
    t,
    alpha,
    alphaStatus: alphaStatus(alpha, C),
    candidates,
    panelists,
    ratings: ratingRows,
    components,
    adjacent,
    tooCloseToCall,
    pairwise: (a, b) => {
      const indexA = candidateIndex.get(a);
      const indexB = candidateIndex.get(b);
      return indexA === undefined || indexB === undefined
        ? null
        : probability(indexA, indexB);
    },
  };
}

/** The full P(row > column) table, for small openings (C² Student-t evaluations). */
export function pairwiseMatrix(calibration: DimensionCalibration): {
  candidates: string[];
  probabilities: (number | null)[][];
} {
  const candidates = calibration.candidates.map((entry) => entry.candidate);
  return {
    candidates,
    probabilities: candidates.map((a) =>
      candidates.map((b) => calibration.pairwise(a, b)),
    ),
  };
}

function compareNeighbours(
  components: readonly LinkedComponent[],
  candidateIndex: ReadonlyMap<string, number>,
  probability: (a: number, b: number) => number | null,
): { adjacent: AdjacentComparison[]; tooCloseToCall: string[][] } {
  const adjacent: AdjacentComparison[] = [];
  const tooCloseToCall: string[][] = [];
  for (const component of components) {
    let run: string[] = [];
    for (let k = 1; k < component.candidates.length; k++) {
      const higher = component.candidates[k - 1] ?? "";
      const lower = component.candidates[k] ?? "";
      const p = probability(
        candidateIndex.get(higher) ?? -1,
        candidateIndex.get(lower) ?? -1,
      );
      adjacent.push({ higher, lower, probability: p });
      if (p !== null && p < FLAG_RULES.tooCloseToCall) {
        if (run.length === 0) run.push(higher);
        run.push(lower);
      } else if (run.length > 0) {
        tooCloseToCall.push(run);
        run = [];
      }
    }
    if (run.length > 0) tooCloseToCall.push(run);
  }
  return { adjacent, tooCloseToCall };
}

function clampToScale(value: number): number {
  return Math.min(SCORE_SCALE.max, Math.max(SCORE_SCALE.min, value));
}

function emptyDimension(
  dimension: string,
  settings: CalibrationSettings,
): DimensionCalibration {
  return {
    dimension,
    settings,
    observations: 0,
    nu: 0,
    s: null,
    t: null,
    alpha: null,
    alphaStatus: "insufficient data",
    candidates: [],
    panelists: [],
    ratings: [],
    components: [],
    adjacent: [],
    tooCloseToCall: [],
    pairwise: () => null,
  };
}
