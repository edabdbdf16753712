import { describe, expect, it } from "vitest";
import {
  calibrateDimension,
  calibrateOpening,
  type DimensionCalibration,
  type Rating,
} from "#app/domain/calibration/index";
import { WORKED_EXAMPLE, findNonFinite } from "./fixtures";

const technicalDepth = (
  ratings: Rating[],
  settings = {},
): DimensionCalibration => {
  const dimension = calibrateOpening(ratings, settings).dimensions
    .technical_depth;
  if (!dimension) throw new Error("technical_depth missing");
  return dimension;
};
const rating = (
  candidate: string,
  panelist: string,
  score: number,
): Rating => ({
  candidate,
  panelist,
  dimension: "technical_depth",
  score,
});

describe("an empty opening", () => {
  it("has no dimensions and does not throw", () => {
    expect(calibrateOpening([])).toEqual({ dimensions: {} });
  });

  it("gives an empty, finite dimension when asked for one directly", () => {
    const result = calibrateDimension("multiplier", []);
    expect(result.candidates).toEqual([]);
    expect(result.s).toBeNull();
    expect(result.alpha).toBeNull();
    expect(result.pairwise("C1", "C2")).toBeNull();
    expect(findNonFinite(result)).toEqual([]);
  });
});

describe("a candidate no shared panelist links to the others", () => {
  const result = technicalDepth([...WORKED_EXAMPLE, rating("C6", "R5", 3.9)]);
  const c6 = result.candidates.find((c) => c.candidate === "C6");

  it("sits in a component of its own, shown as not linked", () => {
    expect(result.components).toHaveLength(2);
    expect(c6).toMatchObject({
      component: 1,
      linked: false,
      componentSize: 1,
      singleRater: true,
    });
    expect(result.components[1]).toMatchObject({
      candidates: ["C6"],
      panelists: ["R5"],
    });
    expect(result.candidates.filter((c) => c.linked)).toHaveLength(5);
  });

  it("is never ranked against the others", () => {
    expect(result.pairwise("C6", "C1")).toBeNull();
    expect(result.pairwise("C1", "C6")).toBeNull();
    expect(result.tooCloseToCall).toEqual([["C1", "C3", "C5"]]);
    expect(
      result.adjacent.some(
        (pair) => pair.higher === "C6" || pair.lower === "C6",
      ),
    ).toBe(false);
  });

  it("keeps its own panelist's offset at 0 and leaves the linked group unchanged", () => {
    const r5 = result.panelists.find((p) => p.panelist === "R5");
    expect(r5?.offset).toBeCloseTo(0, 12);
    expect(c6?.calibrated).toBeCloseTo(3.9, 12);
    // One more observation and one more candidate: ν and s stay those of the example.
    expect(result.nu).toBe(10);
    expect(result.s).toBeCloseTo(0.567829, 5);
    expect(
      result.candidates.find((c) => c.candidate === "C1")?.calibrated,
    ).toBeCloseTo(3.487075, 5);
    for (const component of result.components)
      expect(component.offsetSum).toBeCloseTo(0, 12);
  });
});

describe("a panelist who gives everyone the same score", () => {
  it("gets a finite offset and no NaN anywhere", () => {
    const ratings = [
      rating("C1", "R1", 3),
      rating("C2", "R1", 3),
      rating("C3", "R1", 3),
      rating("C1", "R2", 4),
      rating("C2", "R2", 2),
      rating("C3", "R2", 1),
    ];
    const result = technicalDepth(ratings);
    expect(findNonFinite(result)).toEqual([]);
    expect(result.panelists.map((p) => p.ratings)).toEqual([3, 3]);
    expect(result.components[0]?.offsetSum).toBeCloseTo(0, 12);
    expect(result.candidates.map((c) => c.candidate)).toEqual([
      "C1",
      "C2",
      "C3",
    ]);
  });
});

describe("a candidate with one rater", () => {
  it("is marked single rater, with no r_wg, and calibrated by that rater's offset", () => {
    const result = technicalDepth([...WORKED_EXAMPLE, rating("C6", "R2", 3)]);
    const c6 = result.candidates.find((c) => c.candidate === "C6");
    const r2 = result.panelists.find((p) => p.panelist === "R2");
    expect(c6).toMatchObject({
      raters: 1,
      singleRater: true,
      rwg: null,
      flag: "none",
    });
    expect(c6?.calibrated).toBeCloseTo(3 - (r2?.offset ?? NaN), 12);
    const c1 = result.candidates.find((c) => c.candidate === "C1");
    expect(c6?.se).toBeGreaterThan(c1?.se ?? Infinity);
  });
});

describe("degenerate noise estimates", () => {
  it("with ν ≤ 0 keeps point estimates and reports uncertainty as null, never NaN", () => {
    // ν₀ = 0 and one rating per candidate: ν = N − C + ν₀ = 0.
    const result = technicalDepth(
      [rating("C1", "R1", 3), rating("C2", "R1", 2), rating("C3", "R2", 4)],
      { nu0: 0 },
    );
    expect(result.nu).toBe(0);
    expect(result.s).toBeNull();
    expect(result.t).toBeNull();
    for (const candidate of result.candidates) {
      expect(candidate).toMatchObject({ se: null, low: null, high: null });
      expect([candidate.displayLow, candidate.displayHigh]).toEqual([1, 4]);
    }
    expect(result.panelists.every((p) => p.se === null)).toBe(true);
    expect(result.ratings.every((r) => r.z === null && !r.unexpected)).toBe(
      true,
    );
    expect(result.pairwise("C1", "C2")).toBeNull();
    expect(result.adjacent).toEqual([
      { higher: "C1", lower: "C2", probability: null },
    ]);
    expect(result.tooCloseToCall).toEqual([]);
    expect(findNonFinite(result)).toEqual([]);
  });

  it("with s = 0 (a perfect fit and no prior) treats the order as certain", () => {
    const result = technicalDepth(
      [
        rating("C1", "R1", 3),
        rating("C1", "R2", 3),
        rating("C2", "R1", 2),
        rating("C2", "R2", 2),
      ],
      { nu0: 0 },
    );
    expect(result.s).toBe(0);
    expect(result.pairwise("C1", "C2")).toBe(1);
    expect(result.candidates[0]?.se).toBe(0);
    expect(findNonFinite(result)).toEqual([]);
  });
});

describe("input and settings", () => {
  it("fits each dimension separately", () => {
    const opening = calibrateOpening([
      ...WORKED_EXAMPLE,
      { candidate: "C1", panelist: "R1", dimension: "multiplier", score: 2 },
      { candidate: "C2", panelist: "R1", dimension: "multiplier", score: 4 },
    ]);
    expect(Object.keys(opening.dimensions)).toEqual([
      "technical_depth",
      "multiplier",
    ]);
    expect(
      opening.dimensions.multiplier?.candidates.map((c) => c.candidate),
    ).toEqual(["C2", "C1"]);
    expect(opening.dimensions.technical_depth?.observations).toBe(13);
  });

  it("rejects a score that is not a number and settings it cannot fit", () => {
    expect(() => calibrateOpening([rating("C1", "R1", Number.NaN)])).toThrow(
      RangeError,
    );
    expect(() => calibrateOpening(WORKED_EXAMPLE, { lambda: 0 })).toThrow(
      /lambda/,
    );
    expect(() => calibrateOpening(WORKED_EXAMPLE, { level: 1 })).toThrow(
      /level/,
    );
  });

  it("widens intervals with the level setting", () => {
    const narrow = technicalDepth(WORKED_EXAMPLE, { level: 0.8 }).candidates[0];
    const wide = technicalDepth(WORKED_EXAMPLE).candidates[0];
    expect((narrow?.high ?? 0) - (narrow?.low ?? 0)).toBeLessThan(
      (wide?.high ?? 0) - (wide?.low ?? 0),
    );
  });
});
