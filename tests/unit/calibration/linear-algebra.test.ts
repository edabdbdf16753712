import { describe, expect, it } from "vitest";
import {
  choleskyFactor,
  choleskyInverse,
  choleskySolve,
} from "#app/domain/calibration/linear-algebra";

// A = [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] = L·Lᵀ with L = [[2,0,0],[6,1,0],[−8,5,3]],
// the textbook example.
const A = Float64Array.from([4, 12, -16, 12, 37, -43, -16, -43, 98]);

describe("Cholesky", () => {
  it("factors the textbook matrix", () => {
    const lower = choleskyFactor(A, 3);
    expect(Array.from(lower ?? [])).toEqual([2, 0, 0, 6, 1, 0, -8, 5, 3]);
  });

  it("solves A·x = b", () => {
    const lower = choleskyFactor(A, 3);
    if (!lower) throw new Error("not positive definite");
    // b = A·[1, −2, 0.5]
    const x = choleskySolve(lower, 3, Float64Array.from([-28, -83.5, 119]));
    expect(x[0]).toBeCloseTo(1, 10);
    expect(x[1]).toBeCloseTo(-2, 10);
    expect(x[2]).toBeCloseTo(0.5, 10);
  });

  it("inverts A so that A·A⁻¹ = I", () => {
    const lower = choleskyFactor(A, 3);
    if (!lower) throw new Error("not positive definite");
    const inverse = choleskyInverse(lower, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let sum = 0;
        for (let k = 0; k < 3; k++)
          sum += (A[i * 3 + k] ?? 0) * (inverse[k * 3 + j] ?? 0);
        expect(sum).toBeCloseTo(i === j ? 1 : 0, 10);
      }
    }
    expect(inverse[1]).toBe(inverse[3]);
  });

  it("reports a matrix that is not positive definite", () => {
    expect(choleskyFactor(Float64Array.from([1, 2, 2, 1]), 2)).toBeNull();
    expect(choleskyFactor(Float64Array.from([0]), 1)).toBeNull();
  });
});
