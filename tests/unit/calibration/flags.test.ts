import { describe, expect, it } from "vitest";
import {
  calibrateOpening,
  flagCandidate,
  type Rating,
} from "#app/domain/calibration/index";

describe("flagCandidate", () => {
  it("raises nothing for a panel that agrees", () => {
    expect(flagCandidate([3.1, 3.3, 3.0])).toMatchObject({
      flag: "none",
      reasons: [],
    });
  });

  it("turns amber on an adjusted range of 1.0 even when r_wg is fine", () => {
    // Nine ratings at 2 and one at 3: s² = 0.9 / 9 = 0.1, r_wg = 1 − 0.1/1.25 = 0.92.
    const result = flagCandidate([2, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
    expect(result.flag).toBe("amber");
    expect(result.reasons).toEqual(["adjusted range 1.000"]);
    expect(result.rwg).toBeCloseTo(0.92, 12);
  });

  it("turns amber on r_wg below 0.70 with a range under 1.0", () => {
    // 2 and 2.9: s² = 0.405, r_wg = 1 − 0.405/1.25 = 0.676.
    const result = flagCandidate([2, 2.9]);
    expect(result.flag).toBe("amber");
    expect(result.rwg).toBeCloseTo(0.676, 12);
    expect(result.reasons).toEqual(["r_wg 0.67 below 0.70"]);
  });

  it("turns red on an adjusted range of 1.5, despite rounding", () => {
    // 2.3 − 0.8 is 1.4999999999999998 in floating point.
    expect(2.3 - 0.8).toBeLessThan(1.5);
    const result = flagCandidate([2.3, 0.8]);
    expect(result.flag).toBe("red");
    expect(result.reasons[0]).toBe("adjusted range 1.500");
  });

  it("turns red when two panelists are 2 levels apart on one criterion", () => {
    const result = flagCandidate(
      [3, 3],
      [
        {
          panelist: "R1",
          criteria: [
            { criterion: "tradeoffs", score: 2 },
            { criterion: "nfr", score: 4 },
          ],
        },
        {
          panelist: "R2",
          criteria: [
            { criterion: "tradeoffs", score: 4 },
            { criterion: "nfr", score: 2 },
          ],
        },
      ],
    );
    expect(result.flag).toBe("red");
    expect(result.reasons).toEqual([
      "criterion tradeoffs: panelists R1 and R2 2 levels apart",
      "criterion nfr: panelists R2 and R1 2 levels apart",
    ]);
  });

  it("words a criterion gap with the names it is given for ids", () => {
    const result = flagCandidate(
      [3, 3],
      [
        { panelist: "u-1", criteria: [{ criterion: "nfr", score: 1 }] },
        { panelist: "u-2", criteria: [{ criterion: "nfr", score: 4 }] },
      ],
      {
        panelist: (id) => ({ "u-1": "Ana", "u-2": "Ben" })[id] ?? id,
        criterion: (key) => (key === "nfr" ? "Non-functional needs" : key),
      },
    );
    expect(result.reasons).toEqual([
      "criterion Non-functional needs: panelists Ana and Ben 3 levels apart",
    ]);
  });

  it("never words a reason so that it contradicts its rule", () => {
    // r_wg = 1 − 0.3755/1.25 = 0.6996: below 0.70, and shown as 0.69.
    const spread = Math.sqrt(2 * 0.3755);
    const result = flagCandidate([2, 2 + spread]);
    expect(result.rwg).toBeCloseTo(0.6996, 10);
    expect(result.reasons).toEqual(["r_wg 0.69 below 0.70"]);
  });

  it("does not compute r_wg for a single rater", () => {
    expect(flagCandidate([1.2])).toEqual({
      flag: "none",
      reasons: [],
      adjustedRange: 0,
      rwg: null,
    });
  });
});

describe("criterion-level input", () => {
  const rating = (
    panelist: string,
    criterion: string,
    score: number,
  ): Rating => ({
    candidate: "C1",
    panelist,
    dimension: "technical_depth",
    criterion,
    score,
  });

  it("averages criteria per panelist and keeps them for the drill-down and the gap rule", () => {
    const result = calibrateOpening([
      rating("R1", "design", 1),
      rating("R1", "testing", 3),
      rating("R2", "design", 3),
      rating("R2", "testing", 3),
    ]).dimensions.technical_depth;
    const r1 = result?.ratings.find((r) => r.panelist === "R1");
    expect(r1?.raw).toBe(2);
    expect(r1?.criteria).toEqual([
      { criterion: "design", score: 1 },
      { criterion: "testing", score: 3 },
    ]);
    expect(result?.candidates[0]?.raw).toBe(2.5);
    expect(result?.candidates[0]?.flag).toBe("red");
    expect(result?.candidates[0]?.flagReasons).toContain(
      "criterion design: panelists R1 and R2 2 levels apart",
    );
  });
});
