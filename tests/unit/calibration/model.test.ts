import { describe, expect, it } from "vitest";
import {
  calibrateOpening,
  pairwiseMatrix,
} from "#app/domain/calibration/index";
import {
  choleskyFactor,
  choleskyInverse,
  choleskySolve,
} from "#app/domain/calibration/linear-algebra";
import {
  fitOffsetModel,
  type ObservationTable,
} from "#app/domain/calibration/model";
import { DEFAULT_SETTINGS } from "#app/domain/calibration/settings";
import { WORKED_EXAMPLE } from "./fixtures";

const workedExample = () => {
  const dimension = calibrateOpening(WORKED_EXAMPLE).dimensions.technical_depth;
  if (!dimension) throw new Error("technical_depth missing");
  return dimension;
};

describe("the worked example of CALIBRATION.md", () => {
  it("has N = 13, ν = 10, s = 0.567829 and t = 2.228139", () => {
    const result = workedExample();
    expect(result.observations).toBe(13);
    expect(result.nu).toBe(10);
    expect(result.s).toBeCloseTo(0.567829, 5);
    expect(result.t).toBeCloseTo(2.228139, 5);
  });

  it.each([
    ["R1", -0.193586, 0.369703, 4],
    ["R2", -0.617201, 0.388547, 3],
    ["R3", 0.349563, 0.384656, 3],
    ["R4", 0.461224, 0.395738, 3],
  ])("panelist %s has offset %s ± %s", (panelist, offset, se, ratings) => {
    const entry = workedExample().panelists.find(
      (p) => p.panelist === panelist,
    );
    expect(entry?.offset).toBeCloseTo(offset, 5);
    expect(entry?.se).toBeCloseTo(se, 5);
    expect(entry?.ratings).toBe(ratings);
  });

  it.each([
    ["C1", 3.3333, 3.487075, 0.443315, 2.499307, 4.474843, "none"],
    ["C2", 2.75, 2.827988, 0.514867, 1.680794, 3.975183, "none"],
    ["C3", 3.6667, 3.460933, 0.442608, 2.474741, 4.447125, "none"],
    ["C4", 2.0, 2.153741, 0.443315, 1.165973, 3.14151, "red"],
    ["C5", 3.5, 3.366181, 0.515232, 2.218173, 4.514189, "none"],
  ])(
    "candidate %s: raw %s, calibrated %s ± %s in [%s, %s], flag %s",
    (...row) => {
      const [candidate, raw, calibrated, se, low, high, flag] = row;
      const entry = workedExample().candidates.find(
        (c) => c.candidate === candidate,
      );
      expect(entry?.raw).toBeCloseTo(raw, 4);
      expect(entry?.calibrated).toBeCloseTo(calibrated, 5);
      expect(entry?.se).toBeCloseTo(se, 5);
      expect(entry?.low).toBeCloseTo(low, 5);
      expect(entry?.high).toBeCloseTo(high, 5);
      expect(entry?.flag).toBe(flag);
      expect(entry?.displayLow).toBeCloseTo(Math.max(1, low), 5);
      expect(entry?.displayHigh).toBeCloseTo(Math.min(4, high), 5);
    },
  );

  it("flags C4 red for an adjusted range of 1.533", () => {
    const c4 = workedExample().candidates.find((c) => c.candidate === "C4");
    expect(c4?.adjustedRange).toBeCloseTo(1.533236, 5);
    expect(c4?.flagReasons[0]).toBe("adjusted range 1.533");
    expect(c4?.flagReasons).toContain("r_wg 0.40 below 0.70");
  });

  it("orders C1 > C3 > C5 > C2 > C4 and calls the top three too close", () => {
    const result = workedExample();
    expect(result.candidates.map((c) => c.candidate)).toEqual([
      "C1",
      "C3",
      "C5",
      "C2",
      "C4",
    ]);
    expect(result.pairwise("C1", "C3")).toBeCloseTo(0.52, 2);
    expect(result.pairwise("C3", "C1")).toBeCloseTo(
      1 - (result.pairwise("C1", "C3") ?? 0),
      12,
    );
    expect(result.tooCloseToCall).toEqual([["C1", "C3", "C5"]]);
    expect(
      result.adjacent.map(
        (pair) => pair.probability && pair.probability >= 0.8,
      ),
    ).toEqual([false, false, true, true]);
  });

  it("links everyone in one component whose offsets sum to 0", () => {
    const result = workedExample();
    expect(result.components).toHaveLength(1);
    expect(result.components[0]?.panelists).toEqual(["R1", "R2", "R3", "R4"]);
    expect(result.components[0]?.offsetSum).toBeCloseTo(0, 12);
    expect(result.candidates.every((c) => c.linked && c.component === 0)).toBe(
      true,
    );
  });

  it("explains every rating: raw − offset = adjusted, residual and z", () => {
    const result = workedExample();
    expect(result.ratings).toHaveLength(13);
    const c4r2 = result.ratings.find(
      (r) => r.candidate === "C4" && r.panelist === "R2",
    );
    expect(c4r2?.raw).toBe(1.0);
    expect(c4r2?.offset).toBeCloseTo(-0.617201, 5);
    expect(c4r2?.adjusted).toBeCloseTo(1.617201, 5);
    expect(c4r2?.residual).toBeCloseTo(1.0 - 2.153741 + 0.617201, 5);
    expect(c4r2?.z).toBeCloseTo((c4r2?.residual ?? 0) / 0.567829, 4);
    expect(result.ratings.some((r) => r.unexpected)).toBe(false);
  });

  it("offers the full pairwise table", () => {
    const { candidates, probabilities } = pairwiseMatrix(workedExample());
    expect(candidates).toEqual(["C1", "C3", "C5", "C2", "C4"]);
    expect(probabilities[0]?.[0]).toBeNull();
    expect(probabilities[0]?.[1]).toBeCloseTo(0.520877, 5);
    expect(probabilities[4]?.[0]).toBeCloseTo(
      1 - (probabilities[0]?.[4] ?? 0),
      12,
    );
  });

  it("reports Krippendorff's α but flags five candidates as insufficient data", () => {
    const result = workedExample();
    expect(result.alpha).toBeCloseTo(7 / 31, 10);
    expect(result.alphaStatus).toBe("insufficient data");
  });
});

describe("the eliminated solve", () => {
  it("agrees with a dense solve of the full (C + R) system", () => {
    // Deterministic sparse panel: 12 candidates, 5 panelists, 2–4 panelists each.
    let seed = 7;
    const random = () =>
      ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const candidate: number[] = [];
    const panelist: number[] = [];
    const score: number[] = [];
    for (let c = 0; c < 12; c++) {
      const panel = new Set<number>();
      const size = 2 + Math.floor(random() * 3);
      while (panel.size < size) panel.add(Math.floor(random() * 5));
      for (const r of panel) {
        candidate.push(c);
        panelist.push(r);
        score.push(1 + Math.round(random() * 12) / 4);
      }
    }
    const table: ObservationTable = {
      candidateCount: 12,
      panelistCount: 5,
      candidate: Int32Array.from(candidate),
      panelist: Int32Array.from(panelist),
      score: Float64Array.from(score),
    };
    const fit = fitOffsetModel(table, DEFAULT_SETTINGS);

    const n = 17;
    const normal = new Float64Array(n * n);
    const rhs = new Float64Array(n);
    for (let r = 0; r < 5; r++)
      normal[(12 + r) * n + 12 + r] = DEFAULT_SETTINGS.lambda;
    score.forEach((y, i) => {
      const columns = [candidate[i] ?? 0, 12 + (panelist[i] ?? 0)];
      for (const a of columns) {
        rhs[a] = (rhs[a] ?? 0) + y;
        for (const b of columns)
          normal[a * n + b] = (normal[a * n + b] ?? 0) + 1;
      }
    });
    const lower = choleskyFactor(normal, n);
    if (!lower) throw new Error("not positive definite");
    const theta = choleskySolve(lower, n, rhs);
    const inverse = choleskyInverse(lower, n);

    for (let c = 0; c < 12; c++) {
      expect(fit.calibrated[c]).toBeCloseTo(theta[c] ?? NaN, 10);
      for (let d = 0; d < 12; d++) {
        expect(fit.candidateCovariance(c, d)).toBeCloseTo(
          inverse[c * n + d] ?? NaN,
          10,
        );
      }
    }
    for (let r = 0; r < 5; r++) {
      expect(fit.offsets[r]).toBeCloseTo(theta[12 + r] ?? NaN, 10);
      expect(fit.panelistVariance[r]).toBeCloseTo(
        inverse[(12 + r) * n + 12 + r] ?? NaN,
        10,
      );
    }
  });
});
