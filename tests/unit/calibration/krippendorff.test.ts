import { describe, expect, it } from "vitest";
import {
  alphaStatus,
  krippendorffAlphaInterval,
} from "#app/domain/calibration/krippendorff";

describe("Krippendorff's alpha, interval metric", () => {
  it("matches a hand computation", () => {
    // Candidates × panelists, null = not rated. C4 has one rating and is not pairable.
    //   C1: 1 2 –      pairable values n = 6: 1, 2, 3, 3, 2, 4
    //   C2: 3 – 3      D_o = (1/n)·Σ_u Σ_{i≠j} δ²/(m_u − 1) = (2·1² + 0 + 2·2²) / 6 = 10/6
    //   C3: – 2 4      D_e = Σ_{i≠j} δ² / (n(n − 1)) = 2·(6·43 − 15²) / 30 = 66/30 = 2.2
    //   C4: 4 – –      α = 1 − D_o/D_e = 1 − (5/3)/(11/5) = 1 − 25/33 = 8/33 ≈ 0.242424
    const alpha = krippendorffAlphaInterval([
      [1, 2, null],
      [3, null, 3],
      [null, 2, 4],
      [4, null, null],
    ]);
    expect(alpha).toBeCloseTo(8 / 33, 12);
  });

  it("reproduces Krippendorff's published example (interval α = 0.849)", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 coders × 12 units.
    const coders = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const units = Array.from({ length: 12 }, (_, u) =>
      coders.map((row) => row[u] ?? null),
    );
    expect(krippendorffAlphaInterval(units)).toBeCloseTo(0.849, 3);
  });

  it("is perfect agreement at 1 and undefined without variation or pairs", () => {
    expect(
      krippendorffAlphaInterval([
        [1, 1],
        [3, 3],
        [4, 4],
      ]),
    ).toBe(1);
    expect(
      krippendorffAlphaInterval([
        [3, 3],
        [3, 3],
      ]),
    ).toBeNull();
    expect(krippendorffAlphaInterval([[1], [4]])).toBeNull();
    expect(krippendorffAlphaInterval([])).toBeNull();
  });

  it("labels the value by the thresholds, and small panels as insufficient data", () => {
    expect(alphaStatus(0.8, 10)).toBe("reliable");
    expect(alphaStatus(0.7999, 10)).toBe("tentative");
    expect(alphaStatus(0.667, 12)).toBe("tentative");
    expect(alphaStatus(0.666, 12)).toBe("unreliable");
    expect(alphaStatus(0.95, 9)).toBe("insufficient data");
    expect(alphaStatus(null, 40)).toBe("insufficient data");
  });
});
