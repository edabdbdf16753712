import { describe, expect, it } from "vitest";
import {
  logGamma,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
} from "#app/domain/calibration/student-t";

describe("Student-t quantile", () => {
  // Reference values from printed t tables (R's qt agrees to every digit shown).
  it.each([
    [0.975, 1, 12.706205],
    [0.975, 2, 4.302653],
    [0.975, 5, 2.570582],
    [0.975, 10, 2.228139],
    [0.975, 30, 2.042272],
    [0.975, 100, 1.983972],
    [0.95, 10, 1.812461],
    [0.995, 3, 5.840909],
    [0.9, 4, 1.533206],
  ])("t(p = %s, ν = %s) = %s", (p, nu, expected) => {
    expect(studentTQuantile(p, nu)).toBeCloseTo(expected, 5);
    expect(studentTQuantile(1 - p, nu)).toBeCloseTo(-expected, 5);
  });

  it("handles non-integer and very large degrees of freedom", () => {
    const t = studentTQuantile(0.975, 7.5);
    expect(studentTCdf(t, 7.5)).toBeCloseTo(0.975, 12);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
  });

  it("returns the edges and NaN outside its domain instead of looping", () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTQuantile(1.2, 3)).toBeNaN();
  });
});

describe("Student-t CDF", () => {
  it("matches the closed forms for ν = 1 (Cauchy) and ν = 2", () => {
    for (const t of [-30, -2.5, -0.3, 0, 0.7, 1, 4, 100]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      expect(studentTCdf(t, 2)).toBeCloseTo(
        0.5 + t / (2 * Math.sqrt(2 + t * t)),
        12,
      );
    }
  });

  it("inverts the quantile", () => {
    for (const nu of [1.5, 3, 10, 42]) {
      for (const p of [0.01, 0.2, 0.6, 0.975, 0.999]) {
        expect(studentTCdf(studentTQuantile(p, nu), nu)).toBeCloseTo(p, 12);
      }
    }
  });
});

describe("special functions", () => {
  it("log-gamma matches factorials and Γ(1/2) = √π", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(20)).toBeCloseTo(39.339884187199495, 10);
  });

  it("the incomplete beta matches I_x(a, 1) = x^a and its symmetry", () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 12);
    expect(regularizedIncompleteBeta(0.3, 2, 5)).toBeCloseTo(
      1 - regularizedIncompleteBeta(0.7, 5, 2),
      12,
    );
  });
});
