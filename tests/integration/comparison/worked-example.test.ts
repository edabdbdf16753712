// The comparison page's numbers on the method's worked example (shared/CALIBRATION.md),
// built as real scorecards in the database: 5 candidates, 4 panelists, two criteria per
// dimension whose mean is the table's value.
import { beforeAll, describe, expect, it } from "vitest";
import { getOpeningComparison } from "#app/services/comparison.server";
import { prisma } from "#app/services/db.server";
import type { DimensionComparison } from "#app/domain/comparison";
import {
  createCandidate,
  createOpening,
  createStaffUser,
  DEFAULT_CONTENT,
} from "../../../seed/factories";

// technical_depth means from the worked example; undefined = not rated.
const TABLE: Record<string, Record<string, number | undefined>> = {
  C1: { R1: 3.5, R2: 3.0, R3: 3.5 },
  C2: { R2: 2.0, R4: 3.5 },
  C3: { R1: 3.5, R3: 3.5, R4: 4.0 },
  C4: { R1: 1.5, R2: 1.0, R3: 3.5 },
  C5: { R1: 3.0, R4: 4.0 },
};

/** Two integer criterion scores whose mean is `mean` (3.5 → 3 and 4). */
function split(mean: number): [number, number] {
  return [Math.floor(mean), Math.ceil(mean)];
}

const OFFSETS = {
  R1: [-0.193586, 0.369703],
  R2: [-0.617201, 0.388547],
  R3: [0.349563, 0.384656],
  R4: [0.461224, 0.395738],
} as const;

const CANDIDATES = {
  C1: {
    raw: 3.333333,
    calibrated: 3.487075,
    se: 0.443315,
    low: 2.499307,
    high: 4.474843,
  },
  C2: {
    raw: 2.75,
    calibrated: 2.827988,
    se: 0.514867,
    low: 1.680794,
    high: 3.975183,
  },
  C3: {
    raw: 3.666667,
    calibrated: 3.460933,
    se: 0.442608,
    low: 2.474741,
    high: 4.447125,
  },
  C4: {
    raw: 2.0,
    calibrated: 2.153741,
    se: 0.443315,
    low: 1.165973,
    high: 3.14151,
  },
  C5: {
    raw: 3.5,
    calibrated: 3.366181,
    se: 0.515232,
    low: 2.218173,
    high: 4.514189,
  },
} as const;

let manager: { id: string; role: "HIRING_MANAGER" };
let openingId = "";
const candidateIds = new Map<string, string>();
const panelistIds = new Map<string, string>();

beforeAll(async () => {
  const user = await createStaffUser({ role: "HIRING_MANAGER" });
  manager = { id: user.id, role: "HIRING_MANAGER" };
  const opening = await createOpening({ hiringManagerId: user.id });
  openingId = opening.id;
  for (const name of ["R1", "R2", "R3", "R4"]) {
    const panelist = await createStaffUser({ role: "PANELIST", name });
    panelistIds.set(name, panelist.id);
  }
  for (const [name, row] of Object.entries(TABLE)) {
    const candidate = await createCandidate({ openingId, name });
    candidateIds.set(name, candidate.id);
    for (const [panelist, mean] of Object.entries(row)) {
      if (mean === undefined) continue;
      const [a, b] = split(mean);
      await prisma.scorecard.create({
        data: {
          candidateId: candidate.id,
          panelistId: panelistIds.get(panelist)!,
          rubricKey: DEFAULT_CONTENT.rubricKey,
          rubricVersion: DEFAULT_CONTENT.rubricVersion,
          status: "SUBMITTED",
          submittedAt: new Date(),
          recommendation: mean >= 3 ? "YES" : "NO",
          criterionScores: {
            create: [
              {
                dimension: "technical_depth",
                criterionKey: "material_issues",
                score: a,
              },
              {
                dimension: "technical_depth",
                criterionKey: "trade_off_reasoning",
                score: b,
              },
              {
                dimension: "multiplier",
                criterionKey: "teaching_reviews",
                score: 3,
              },
              {
                dimension: "multiplier",
                criterionKey: "disagreement_process",
                score: 3,
              },
            ],
          },
          redFlags:
            name === "C4" && panelist === "R2"
              ? {
                  create: [
                    {
                      flagKey: "misses_material_issues",
                      note: "Missed the N+1.",
                    },
                  ],
                }
              : undefined,
        },
      });
    }
  }
});

async function technicalDepth(): Promise<DimensionComparison> {
  const { comparison } = await getOpeningComparison(manager, openingId);
  const dimension = comparison.dimensions.find(
    (d) => d.key === "technical_depth",
  );
  if (!dimension) throw new Error("no technical_depth in the comparison");
  return dimension;
}

function expectWorkedExample(dimension: DimensionComparison) {
  expect(dimension.observations).toBe(13);
  expect(dimension.nu).toBe(10);
  expect(dimension.s).toBeCloseTo(0.567829, 4);
  // Calibrated order C1 > C3 > C5 > C2 > C4 (raw order was C3 > C5 > C1 > C2 > C4).
  expect(dimension.scores.map((s) => s.name)).toEqual([
    "C1",
    "C3",
    "C5",
    "C2",
    "C4",
  ]);
  for (const score of dimension.scores) {
    const expected = CANDIDATES[score.name as keyof typeof CANDIDATES];
    expect(score.candidateId).toBe(candidateIds.get(score.name));
    expect(score.raw).toBeCloseTo(expected.raw, 4);
    expect(score.calibrated).toBeCloseTo(expected.calibrated, 4);
    expect(score.se).toBeCloseTo(expected.se, 4);
    expect(score.low).toBeCloseTo(expected.low, 4);
    expect(score.high).toBeCloseTo(expected.high, 4);
    expect(score.linked).toBe(true);
  }
  expect(dimension.panelists.map((p) => p.panelist)).toEqual([
    "R1",
    "R2",
    "R3",
    "R4",
  ]);
  for (const panelist of dimension.panelists) {
    const [offset, se] = OFFSETS[panelist.panelist as keyof typeof OFFSETS];
    expect(panelist.panelistId).toBe(panelistIds.get(panelist.panelist));
    expect(panelist.offset).toBeCloseTo(offset, 4);
    expect(panelist.se).toBeCloseTo(se, 4);
  }
  // P(C1 > C3) ≈ 0.52: the top three are too close to call.
  expect(dimension.tooCloseToCall[0]?.slice(0, 3)).toEqual(
    ["C1", "C3", "C5"].map((name) => candidateIds.get(name)),
  );
  expect(dimension.adjacent[0]?.probability).toBeCloseTo(0.52, 2);
}

describe("the comparison on the worked example", () => {
  it("reproduces the method's calibrated scores, SEs and offsets", async () => {
    expectWorkedExample(await technicalDepth());
  });

  it("flags C4 red for its adjusted range", async () => {
    const dimension = await technicalDepth();
    const c4 = dimension.scores.find((s) => s.name === "C4");
    expect(c4?.flag).toBe("red");
    expect(c4?.adjustedRange).toBeCloseTo(1.533, 3);
    expect(c4?.flagReasons).toContain("adjusted range 1.533");
    // Per criterion, C4's panelists are 2+ levels apart too (1 vs 3), named by title.
    expect(c4?.flagReasons.join("\n")).toMatch(
      /criterion Finds and ranks the material issues: panelists R1 and R3 2 levels apart/,
    );
    // C1, C3 and C5 agree; C2's range is fine but one criterion is 2 levels apart (2 vs 4):
    // a criterion-level red the dimension means in the worked example cannot show.
    for (const name of ["C1", "C3", "C5"])
      expect(dimension.scores.find((s) => s.name === name)?.flag).toBe("none");
    const c2 = dimension.scores.find((s) => s.name === "C2");
    expect(c2?.flagReasons).toEqual([
      "criterion Reasons about trade-offs in context: panelists R2 and R4 2 levels apart",
    ]);
  });

  it("reports red flags and recommendations from submitted scorecards", async () => {
    const { comparison } = await getOpeningComparison(manager, openingId);
    const c4 = comparison.candidates.find((c) => c.name === "C4");
    expect(c4?.redFlags).toEqual([
      expect.objectContaining({
        key: "misses_material_issues",
        raisedBy: [{ panelist: "R2", note: "Missed the N+1." }],
      }),
    ]);
    expect(c4?.recommendations.map((r) => `${r.panelist} ${r.label}`)).toEqual([
      "R1 No",
      "R2 No",
      "R3 Yes",
    ]);
  });

  it("ignores a draft scorecard entirely", async () => {
    // R4 has a draft for C1 with extreme scores and a red flag: nothing may change.
    await prisma.scorecard.create({
      data: {
        candidateId: candidateIds.get("C1")!,
        panelistId: panelistIds.get("R4")!,
        rubricKey: DEFAULT_CONTENT.rubricKey,
        rubricVersion: DEFAULT_CONTENT.rubricVersion,
        status: "DRAFT",
        recommendation: "STRONG_NO",
        criterionScores: {
          create: [
            {
              dimension: "technical_depth",
              criterionKey: "material_issues",
              score: 1,
            },
            {
              dimension: "technical_depth",
              criterionKey: "trade_off_reasoning",
              score: 1,
            },
          ],
        },
        redFlags: { create: [{ flagKey: "hero", note: "draft note" }] },
      },
    });
    const dimension = await technicalDepth();
    expectWorkedExample(dimension);
    expect(dimension.scores.find((s) => s.name === "C1")?.raters).toBe(3);
    const { comparison } = await getOpeningComparison(manager, openingId);
    const c1 = comparison.candidates.find((c) => c.name === "C1");
    expect(c1?.submittedScorecards).toBe(3);
    expect(c1?.redFlags).toEqual([]);
    expect(c1?.recommendations.map((r) => r.panelist)).toEqual([
      "R1",
      "R2",
      "R3",
    ]);
  });

  it("answers 404 to a panelist and to another hiring manager", async () => {
    const other = await createStaffUser({ role: "HIRING_MANAGER" });
    await expect(
      getOpeningComparison({ id: other.id, role: "HIRING_MANAGER" }, openingId),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      getOpeningComparison(
        { id: panelistIds.get("R1")!, role: "PANELIST" },
        openingId,
      ),
    ).rejects.toMatchObject({ status: 404 });
  });
});
