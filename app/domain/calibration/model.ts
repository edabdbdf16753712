// The ridge-regularised additive rater-offset model y_cr = α_c + b_r + ε of one dimension,
// solved exactly. Candidates and panelists are dense indices here; names live in index.ts.
import {
  choleskyFactor,
  choleskyInverse,
  choleskySolve,
} from "./linear-algebra";
import type { CalibrationSettings } from "./settings";

export type ObservationTable = {
  candidateCount: number;
  panelistCount: number;
  /** Per observation: the candidate index, the panelist index and y_cr (the dimension mean). */
  candidate: Int32Array;
  panelist: Int32Array;
  score: Float64Array;
};

export type OffsetModelFit = {
  /** α_c, the calibrated score of each candidate. */
  calibrated: Float64Array;
  /** b_r, each panelist's offset (positive = lenient). */
  offsets: Float64Array;
  /** e = y − α_c − b_r per observation. */
  residuals: Float64Array;
  /** n_c and n_r. */
  candidateRatings: Int32Array;
  panelistRatings: Int32Array;
  /** ν = N − C + ν₀. */
  nu: number;
  /** s, or null when ν ≤ 0 leaves the noise level undefined. */
  s: number | null;
  /** (XᵀX + Λ)⁻¹ restricted to the candidates, on demand: Cov(α_a, α_b) / s². */
  candidateCovariance: (a: number, b: number) => number;
  /** (XᵀX + Λ)⁻¹_rr: Var(b_r) / s². */
  panelistVariance: Float64Array;
};

/**
 * Solves (XᵀX + Λ)θ = Xᵀy by eliminating the candidates first. Their block of XᵀX is
 * diagonal (n_c), so what remains is the R×R Schur complement
 *   S = diag(n_r + λ) − Σ_c (1/n_c)·1_c·1_cᵀ     (1_c marks the panelists who rated c)
 * and the full inverse follows blockwise from S⁻¹. This keeps 500 candidates × 40 panelists
 * at a 40×40 factorisation instead of a 540×540 one. Requires λ > 0 and at most one
 * observation per candidate × panelist.
 */
export function fitOffsetModel(
  table: ObservationTable,
  settings: CalibrationSettings,
): OffsetModelFit {
  const {
    candidateCount: C,
    panelistCount: R,
    candidate,
    panelist,
    score,
  } = table;
  const N = score.length;
  const { lambda, s0, nu0 } = settings;

  const candidateRatings = new Int32Array(C);
  const panelistRatings = new Int32Array(R);
  const candidateSums = new Float64Array(C);
  const panelistSums = new Float64Array(R);
  for (let i = 0; i < N; i++) {
    const c = candidate[i] ?? 0;
    const r = panelist[i] ?? 0;
    const y = score[i] ?? 0;
    candidateRatings[c] = (candidateRatings[c] ?? 0) + 1;
    panelistRatings[r] = (panelistRatings[r] ?? 0) + 1;
    candidateSums[c] = (candidateSums[c] ?? 0) + y;
    panelistSums[r] = (panelistSums[r] ?? 0) + y;
  }
  const panelistsOf = panelistsByCandidate(table, candidateRatings);

  const schur = new Float64Array(R * R);
  const reducedRhs = Float64Array.from(panelistSums);
  for (let r = 0; r < R; r++)
    schur[r * R + r] = (panelistRatings[r] ?? 0) + lambda;
  for (let c = 0; c < C; c++) {
    const raters = panelistsOf[c] ?? new Int32Array(0);
    const weight = 1 / raters.length;
    const candidateMean = (candidateSums[c] ?? 0) * weight;
    for (const r of raters) {
      reducedRhs[r] = (reducedRhs[r] ?? 0) - candidateMean;
      for (const rPrime of raters)
        schur[r * R + rPrime] = (schur[r * R + rPrime] ?? 0) - weight;
    }
  }

  const factor = choleskyFactor(schur, R);
  if (factor === null) {
    // With λ > 0, S is positive definite in exact arithmetic; this only trips on misuse.
    throw new RangeError(
      "calibration system is not positive definite (is lambda > 0?)",
    );
  }
  const offsets = choleskySolve(factor, R, reducedRhs);
  const schurInverse = choleskyInverse(factor, R);

  const calibrated = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    const raters = panelistsOf[c] ?? new Int32Array(0);
    let offsetSum = 0;
    for (const r of raters) offsetSum += offsets[r] ?? 0;
    calibrated[c] = ((candidateSums[c] ?? 0) - offsetSum) / raters.length;
  }

  const residuals = new Float64Array(N);
  let penalisedSum = 0;
  for (let i = 0; i < N; i++) {
    const e =
      (score[i] ?? 0) -
      (calibrated[candidate[i] ?? 0] ?? 0) -
      (offsets[panelist[i] ?? 0] ?? 0);
    residuals[i] = e;
    penalisedSum += e * e;
  }
  for (let r = 0; r < R; r++) penalisedSum += lambda * (offsets[r] ?? 0) ** 2;

  const nu = N - C + nu0;
  const s = nu > 0 ? Math.sqrt((penalisedSum + nu0 * s0 * s0) / nu) : null;

  const panelistVariance = new Float64Array(R);
  for (let r = 0; r < R; r++)
    panelistVariance[r] = schurInverse[r * R + r] ?? 0;

  // Blockwise inverse: the candidate block is D⁻¹ + W·S⁻¹·Wᵀ with W = D⁻¹·B, whose row c
  // holds 1/n_c at each panelist who rated c.
  const candidateCovariance = (a: number, b: number): number => {
    const ratersA = panelistsOf[a] ?? new Int32Array(0);
    const ratersB = panelistsOf[b] ?? new Int32Array(0);
    let sum = 0;
    for (const r of ratersA) {
      const row = r * R;
      for (const rPrime of ratersB) sum += schurInverse[row + rPrime] ?? 0;
    }
    const shared = sum / (ratersA.length * ratersB.length);
    return a === b ? 1 / ratersA.length + shared : shared;
  };

  return {
    calibrated,
    offsets,
    residuals,
    candidateRatings,
    panelistRatings,
    nu,
    s,
    candidateCovariance,
    panelistVariance,
  };
}

function panelistsByCandidate(
  table: ObservationTable,
  counts: Int32Array,
): Int32Array[] {
  const lists = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(table.candidateCount);
  for (let i = 0; i < table.score.length; i++) {
    const c = table.candidate[i] ?? 0;
    const list = lists[c];
    if (!list) continue;
    const slot = filled[c] ?? 0;
    list[slot] = table.panelist[i] ?? 0;
    filled[c] = slot + 1;
  }
  return lists;
}
