// Dense Cholesky factorisation for the small symmetric positive-definite systems of the
// calibration model. Matrices are row-major n×n Float64Arrays.

/**
 * Lower-triangular L with A = L·Lᵀ, or null when A is not positive definite (a pivot is
 * not strictly positive). A is not modified.
 */
export function choleskyFactor(
  matrix: Float64Array,
  n: number,
): Float64Array | null {
  const lower = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const rowJ = j * n;
    let diagonal = matrix[rowJ + j] ?? 0;
    for (let k = 0; k < j; k++) {
      const value = lower[rowJ + k] ?? 0;
      diagonal -= value * value;
    }
    if (!(diagonal > 0)) return null;
    const pivot = Math.sqrt(diagonal);
    lower[rowJ + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const rowI = i * n;
      let sum = matrix[rowI + j] ?? 0;
      for (let k = 0; k < j; k++)
        sum -= (lower[rowI + k] ?? 0) * (lower[rowJ + k] ?? 0);
      lower[rowI + j] = sum / pivot;
    }
  }
  return lower;
}

/** Solves L·Lᵀ·x = b for x, given the Cholesky factor L. */
export function choleskySolve(
  lower: Float64Array,
  n: number,
  rhs: Float64Array,
): Float64Array {
  const x = Float64Array.from(rhs);
  for (let i = 0; i < n; i++) {
    let sum = x[i] ?? 0;
    for (let k = 0; k < i; k++) sum -= (lower[i * n + k] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (lower[i * n + i] ?? 1);
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i] ?? 0;
    for (let k = i + 1; k < n; k++)
      sum -= (lower[k * n + i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (lower[i * n + i] ?? 1);
  }
  return x;
}

/** A⁻¹ = (L⁻¹)ᵀ·L⁻¹ from the Cholesky factor L; the result is symmetric. */
export function choleskyInverse(lower: Float64Array, n: number): Float64Array {
  // L⁻¹ is lower-triangular; invert it column by column by forward substitution.
  const lowerInverse = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    lowerInverse[j * n + j] = 1 / (lower[j * n + j] ?? 1);
    for (let i = j + 1; i < n; i++) {
      let sum = 0;
      for (let k = j; k < i; k++)
        sum -= (lower[i * n + k] ?? 0) * (lowerInverse[k * n + j] ?? 0);
      lowerInverse[i * n + j] = sum / (lower[i * n + i] ?? 1);
    }
  }
  const inverse = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = i; k < n; k++)
        sum += (lowerInverse[k * n + i] ?? 0) * (lowerInverse[k * n + j] ?? 0);
      inverse[i * n + j] = sum;
      inverse[j * n + i] = sum;
    }
  }
  return inverse;
}
