// Krippendorff's α with the interval metric: how far the panel agrees beyond chance, on a
// candidate × panelist matrix where most cells are missing.

export type AlphaStatus =
  "reliable" | "tentative" | "unreliable" | "insufficient data";

export const ALPHA_THRESHOLDS = {
  reliable: 0.8,
  tentative: 0.667,
  /** Fewer candidates than this and α is shown with "insufficient data" beside it. */
  minimumCandidates: 10,
} as const;

/**
 * α = 1 − D_o / D_e over the pairable values (units with two or more ratings). Each row is
 * one candidate; null or undefined marks a panelist who did not rate them. Null when α is
 * undefined: fewer than two pairable values, or no variation at all (D_e = 0).
 */
export function krippendorffAlphaInterval(
  matrix: readonly (readonly (number | null | undefined)[])[],
): number | null {
  let pairable = 0;
  let total = 0;
  let totalSquares = 0;
  let weightedWithinUnit = 0;
  for (const row of matrix) {
    let count = 0;
    let sum = 0;
    let sumSquares = 0;
    for (const value of row) {
      if (value === null || value === undefined) continue;
      count += 1;
      sum += value;
      sumSquares += value * value;
    }
    if (count < 2) continue;
    pairable += count;
    total += sum;
    totalSquares += sumSquares;
    // Σ over ordered pairs i≠j of (v_i − v_j)² = 2·(m·Σv² − (Σv)²), weighted by 1/(m − 1).
    weightedWithinUnit +=
      (2 * Math.max(0, count * sumSquares - sum * sum)) / (count - 1);
  }
  if (pairable < 2) return null;
  const observed = weightedWithinUnit / pairable;
  const expected =
    (2 * (pairable * totalSquares - total * total)) /
    (pairable * (pairable - 1));
  // Relative guard: identical values leave only rounding noise in D_e.
  if (!(expected > 1e-12 * Math.max(1, totalSquares / pairable))) return null;
  return 1 - observed / expected;
}

export function alphaStatus(
  alpha: number | null,
  candidateCount: number,
): AlphaStatus {
  if (alpha === null || candidateCount < ALPHA_THRESHOLDS.minimumCandidates) {
    return "insufficient data";
  }
  if (alpha >= ALPHA_THRESHOLDS.reliable) return "reliable";
  if (alpha >= ALPHA_THRESHOLDS.tentative) return "tentative";
  return "unreliable";
}
