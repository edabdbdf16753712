import { describe, expect, it } from "vitest";
import {
  buildComparison,
  type CandidateRecord,
  type ComparisonContent,
  type PanelistRecord,
  type ScorecardRecord,
} from "#app/domain/comparison";
import { buildDebrief, isAgendaGap } from "#app/domain/debrief";

const CONTENT: ComparisonContent = {
  dimensions: [
    { key: "technical_depth", title: "Technical depth" },
    { key: "multiplier", title: "Team multiplier" },
  ],
  criteria: [
    { key: "issues", title: "Finds the issues", dimension: "technical_depth" },
    {
      key: "tradeoffs",
      title: "Weighs trade-offs",
      dimension: "technical_depth",
    },
    { key: "teaching", title: "Teaches", dimension: "multiplier" },
  ],
  redFlags: [{ key: "hero", title: "Hero" }],
  exercise: null,
};

const who = (name: string): PanelistRecord => ({
  id: `id-${name}`,
  name,
  email: `${name}@x.test`,
});

function scorecard(
  name: string,
  scores: Record<string, number | null>,
  extra: Partial<ScorecardRecord> = {},
): ScorecardRecord {
  return {
    panelist: who(name),
    status: "SUBMITTED",
    recommendation: "YES",
    summary: `${name}'s summary`,
    submittedAt: "2026-02-01T10:00:00.000Z",
    criterionScores: Object.entries(scores).map(([criterionKey, score]) => ({
      dimension:
        CONTENT.criteria.find((c) => c.key === criterionKey)?.dimension ??
        "technical_depth",
      criterionKey,
      score,
      evidence: score === null ? "" : `${name} on ${criterionKey}`,
    })),
    redFlags: [],
    ...extra,
  };
}

describe("isAgendaGap", () => {
  it("puts criteria 2 or more levels apart on the agenda", () => {
    expect(isAgendaGap(null)).toBe(false);
    expect(isAgendaGap(1)).toBe(false);
    expect(isAgendaGap(2)).toBe(true);
    expect(isAgendaGap(3)).toBe(true);
  });
});

describe("buildDebrief", () => {
  const scorecards = [
    scorecard(
      "Zoe",
      { issues: 1, tradeoffs: 2, teaching: 4 },
      {
        redFlags: [{ flagKey: "hero", note: "took over the review" }],
        recommendation: "NO",
      },
    ),
    scorecard("Ana", { issues: 4, tradeoffs: 3, teaching: 2 }),
    scorecard("Ben", { issues: 3, tradeoffs: null, teaching: 3 }),
    scorecard(
      "Dan",
      { issues: 4, tradeoffs: 4, teaching: 1 },
      { status: "DRAFT" },
    ),
  ];
  const sheet = buildDebrief({
    candidateId: "c1",
    content: CONTENT,
    scorecards,
  });

  it("lays submitted scorecards side by side, panelists by name, drafts left out", () => {
    expect(sheet.panelists.map((p) => p.label)).toEqual(["Ana", "Ben", "Zoe"]);
    expect(sheet.panelists[2]).toMatchObject({
      recommendation: { key: "no", label: "No" },
      redFlags: [{ key: "hero", title: "Hero", note: "took over the review" }],
      submittedAt: "2026-02-01T10:00:00.000Z",
    });
    const depth = sheet.dimensions[0]!;
    expect(depth.rows.map((r) => r.title)).toEqual([
      "Finds the issues",
      "Weighs trade-offs",
    ]);
    expect(depth.rows[0]!.cells).toEqual([
      { score: 4, evidence: "Ana on issues" },
      { score: 3, evidence: "Ben on issues" },
      { score: 1, evidence: "Zoe on issues" },
    ]);
    expect(depth.rows[1]!.cells[1]).toEqual({ score: null, evidence: "" });
    expect(depth.means).toEqual([3.5, 3, 1.5]);
  });

  it("marks criteria 2+ apart as the agenda, widest gap first, then red flags", () => {
    const depth = sheet.dimensions[0]!;
    expect(depth.rows.map((r) => [r.spread, r.onAgenda])).toEqual([
      [3, true],
      [1, false],
    ]);
    expect(sheet.dimensions[1]!.rows[0]).toMatchObject({
      spread: 2,
      onAgenda: true,
    });
    expect(sheet.agenda).toEqual([
      {
        kind: "criterion",
        criterionKey: "issues",
        title: "Finds the issues",
        dimension: "Technical depth",
        spread: 3,
        low: { score: 1, panelists: ["Zoe"] },
        high: { score: 4, panelists: ["Ana"] },
      },
      {
        kind: "criterion",
        criterionKey: "teaching",
        title: "Teaches",
        dimension: "Team multiplier",
        spread: 2,
        low: { score: 2, panelists: ["Ana"] },
        high: { score: 4, panelists: ["Zoe"] },
      },
      { kind: "red-flag", title: "Hero", raisedBy: ["Zoe"] },
    ]);
  });

  it("adds the calibration's disagreement to the agenda when given", () => {
    const record: CandidateRecord = {
      id: "c1",
      name: "Casey",
      email: "casey@x.test",
      code: "C-1",
      decision: null,
      attempt: null,
      defectOverrides: [],
      scorecards,
    };
    const other = (id: string, a: number, b: number): CandidateRecord => ({
      ...record,
      id,
      code: id,
      scorecards: [
        scorecard("Ana", { issues: a, tradeoffs: a, teaching: a }),
        scorecard("Zoe", { issues: b, tradeoffs: b, teaching: b }),
        scorecard("Ben", { issues: a, tradeoffs: b, teaching: a }),
      ],
    });
    const comparison = buildComparison(
      [record, other("c2", 3, 3), other("c3", 2, 2)],
      CONTENT,
    );
    const withCalibration = buildDebrief({
      candidateId: "c1",
      content: CONTENT,
      scorecards,
      calibration: comparison.dimensions,
    });
    const depth = withCalibration.dimensions[0]!;
    expect(depth.calibrated).toMatchObject({ raters: 3, linked: true });
    const kinds = withCalibration.agenda.map((item) => item.kind);
    expect(kinds.slice(0, 3)).toEqual(["criterion", "criterion", "red-flag"]);
    expect(kinds).toContain("disagreement");
    expect(
      withCalibration.agenda.find((item) => item.kind === "disagreement"),
    ).toMatchObject({ dimension: "Technical depth", flag: "red" });
  });
});
