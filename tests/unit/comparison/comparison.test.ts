import { describe, expect, it } from "vitest";
import {
  buildComparison,
  comparisonCsv,
  COMPARISON_CSV_COLUMNS,
  csvField,
  candidateEvidence,
  defectCells,
  panelistLabels,
  ratingsFromCandidates,
  type CandidateRecord,
  type ComparisonContent,
  type PanelistRecord,
  type ScorecardRecord,
} from "#app/domain/comparison";

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
  redFlags: [
    { key: "hero", title: "Hero" },
    { key: "never_wrong", title: "Never wrong" },
  ],
  exercise: {
    key: "orders",
    version: 1,
    defects: [
      {
        id: "n-plus-one",
        title: "N+1",
        category: "performance",
        severity: "high",
        file: "src/orders.ts",
        startLine: 40,
        endLine: 45,
        decoy: false,
      },
      {
        id: "hard-coded-url",
        title: "Hard-coded URL",
        category: "configuration",
        severity: "medium",
        file: "src/orders.ts",
        startLine: 7,
        endLine: 7,
        decoy: false,
      },
    ],
  },
};

const panelist = (
  name: string,
  email = `${name.toLowerCase()}@x.test`,
): PanelistRecord => ({
  id: `id-${name}`,
  name,
  email,
});
const ANA = panelist("Ana");
const BEN = panelist("Ben");
const CAL = panelist("Cal");

function scorecard(
  by: PanelistRecord,
  scores: Record<string, number | null>,
  extra: Partial<ScorecardRecord> = {},
): ScorecardRecord {
  return {
    panelist: by,
    status: "SUBMITTED",
    recommendation: "YES",
    summary: "",
    submittedAt: null,
    criterionScores: Object.entries(scores).map(([criterionKey, score]) => ({
      dimension:
        CONTENT.criteria.find((c) => c.key === criterionKey)?.dimension ??
        "technical_depth",
      criterionKey,
      score,
      evidence: "",
    })),
    redFlags: [],
    ...extra,
  };
}

function candidate(
  code: string,
  scorecards: ScorecardRecord[],
  extra: Partial<CandidateRecord> = {},
): CandidateRecord {
  return {
    id: `cand-${code}`,
    name: `Name ${code}`,
    email: `${code}@example.com`,
    code,
    decision: null,
    attempt: {
      exerciseKey: "orders",
      exerciseVersion: 1,
      submittedAt: "2026-01-01T00:00:00Z",
      reviewComments: [],
    },
    defectOverrides: [],
    scorecards,
    ...extra,
  };
}

describe("ratingsFromCandidates", () => {
  it("uses submitted scorecards only, skips open criteria, keeps the rubric's order and names things by id", () => {
    const ratings = ratingsFromCandidates(
      [
        candidate("C-1", [
          scorecard(ANA, { tradeoffs: 3, issues: 2, teaching: null }),
          scorecard(BEN, { issues: 1 }, { status: "DRAFT" }),
        ]),
      ],
      CONTENT.criteria.map((c) => c.key),
    );
    expect(ratings).toEqual([
      {
        candidate: "cand-C-1",
        panelist: "id-Ana",
        dimension: "technical_depth",
        criterion: "issues",
        score: 2,
      },
      {
        candidate: "cand-C-1",
        panelist: "id-Ana",
        dimension: "technical_depth",
        criterion: "tradeoffs",
        score: 3,
      },
    ]);
  });
});

describe("panelistLabels", () => {
  it("adds the email only where two panelists share a name", () => {
    const labels = panelistLabels([
      panelist("Sam", "sam.a@x.test"),
      { id: "other-sam", name: "Sam", email: "sam.b@x.test" },
      ANA,
      ANA,
    ]);
    expect([...labels.values()]).toEqual([
      "Sam (sam.a@x.test)",
      "Sam (sam.b@x.test)",
      "Ana",
    ]);
  });
});

describe("defectCells", () => {
  const comment = (
    id: string,
    line: number,
    side: "AFTER" | "BEFORE" = "AFTER",
  ) => ({
    id,
    filePath: "src/orders.ts",
    side,
    startLine: line,
    endLine: line,
    body: "look here",
  });

  it("reads the review and lets the latest override win", () => {
    const record = candidate("C-1", [], {
      attempt: {
        exerciseKey: "orders",
        exerciseVersion: 1,
        submittedAt: null,
        reviewComments: [comment("a", 42), comment("b", 7, "BEFORE")],
      },
      defectOverrides: [
        {
          defectId: "hard-coded-url",
          found: true,
          reason: "said it in the summary",
          panelist: ANA,
        },
        {
          defectId: "n-plus-one",
          found: false,
          reason: "wrong issue",
          panelist: ANA,
        },
        {
          defectId: "n-plus-one",
          found: true,
          reason: "it is the N+1",
          panelist: BEN,
        },
        {
          defectId: "gone-from-exercise",
          found: true,
          reason: "old",
          panelist: BEN,
        },
      ],
    });
    const cells = defectCells(
      candidateEvidence(record, CONTENT.exercise, panelistLabels([ANA, BEN])),
    );
    // "look here" on the N+1's lines says nothing of it: possible, until Ben confirms it.
    expect(cells).toEqual([
      {
        defectId: "n-plus-one",
        status: "found",
        found: true,
        matched: false,
        matchedStatus: "possible",
        override: { by: "Ben", found: true, reason: "it is the N+1" },
      },
      {
        defectId: "hard-coded-url",
        status: "found",
        found: true,
        matched: false,
        matchedStatus: "missed",
        override: { by: "Ana", found: true, reason: "said it in the summary" },
      },
    ]);
  });

  it("is null for another exercise version or no attempt", () => {
    const labels = panelistLabels([]);
    expect(
      candidateEvidence(
        candidate("C-1", [], {
          attempt: {
            exerciseKey: "orders",
            exerciseVersion: 2,
            submittedAt: null,
            reviewComments: [],
          },
        }),
        CONTENT.exercise,
        labels,
      ),
    ).toBeNull();
    expect(
      candidateEvidence(
        candidate("C-1", [], { attempt: null }),
        CONTENT.exercise,
        labels,
      ),
    ).toBeNull();
    expect(defectCells(null)).toBeNull();
  });
});

describe("buildComparison", () => {
  const candidates = [
    candidate("C-1", [
      scorecard(
        ANA,
        { issues: 3, tradeoffs: 4, teaching: 3 },
        {
          recommendation: "STRONG_YES",
          redFlags: [{ flagKey: "never_wrong", note: "n1" }],
        },
      ),
      scorecard(
        BEN,
        { issues: 3, tradeoffs: 3, teaching: 2 },
        {
          redFlags: [
            { flagKey: "hero", note: "h1" },
            { flagKey: "never_wrong", note: "n2" },
          ],
        },
      ),
      scorecard(
        CAL,
        { issues: 1, tradeoffs: 1, teaching: 1 },
        { status: "DRAFT", recommendation: "STRONG_NO" },
      ),
    ]),
    candidate("C-2", [
      scorecard(
        ANA,
        { issues: 2, tradeoffs: 2, teaching: 2 },
        { recommendation: "NO" },
      ),
      scorecard(
        BEN,
        { issues: 2, tradeoffs: 3, teaching: 3 },
        { recommendation: "YES" },
      ),
    ]),
    // Scored only by Cal, who shares no candidate with Ana and Ben: not linked.
    candidate("C-3", [
      scorecard(CAL, { issues: 4, tradeoffs: 4, teaching: 4 }),
    ]),
    candidate("C-4", [scorecard(ANA, { issues: 4 }, { status: "DRAFT" })], {
      attempt: {
        exerciseKey: "orders",
        exerciseVersion: 1,
        submittedAt: new Date(),
        reviewComments: [],
      },
    }),
    candidate("C-5", [], { attempt: null }),
  ];
  const comparison = buildComparison(candidates, CONTENT);

  it("keeps candidates without a submitted scorecard out, and says why", () => {
    expect(comparison.candidates.map((c) => c.code)).toEqual([
      "C-1",
      "C-2",
      "C-3",
    ]);
    expect(comparison.pending).toEqual([
      {
        id: "cand-C-4",
        name: "Name C-4",
        code: "C-4",
        reason: "awaiting scores",
      },
      {
        id: "cand-C-5",
        name: "Name C-5",
        code: "C-5",
        reason: "not submitted",
      },
    ]);
    expect(comparison.panelistCount).toBe(3);
  });

  it("answers in database ids, with unlinked groups after the main one", () => {
    const depth = comparison.dimensions[0]!;
    expect(depth.key).toBe("technical_depth");
    expect(depth.scores.map((s) => [s.candidateId, s.linked])).toEqual([
      ["cand-C-1", true],
      ["cand-C-2", true],
      ["cand-C-3", false],
    ]);
    expect(depth.components).toEqual([["cand-C-1", "cand-C-2"], ["cand-C-3"]]);
    expect(depth.panelists.map((p) => p.panelistId)).toEqual([
      "id-Ana",
      "id-Ben",
      "id-Cal",
    ]);
    expect(
      depth.ratings.find(
        (r) => r.candidateId === "cand-C-1" && r.panelistId === "id-Ana",
      )?.criteria,
    ).toEqual([
      { title: "Finds the issues", score: 3 },
      { title: "Weighs trade-offs", score: 4 },
    ]);
    // Cal's draft for C-1 counts nowhere.
    expect(depth.scores[0]?.raters).toBe(2);
  });

  it("summarises red flags (most raised first) and recommendations from submitted scorecards", () => {
    const c1 = comparison.candidates[0]!;
    expect(c1.redFlags).toEqual([
      {
        key: "never_wrong",
        title: "Never wrong",
        raisedBy: [
          { panelist: "Ana", note: "n1" },
          { panelist: "Ben", note: "n2" },
        ],
      },
      {
        key: "hero",
        title: "Hero",
        raisedBy: [{ panelist: "Ben", note: "h1" }],
      },
    ]);
    expect(c1.recommendations).toEqual([
      { panelist: "Ana", key: "strong_yes", label: "Strong yes" },
      { panelist: "Ben", key: "yes", label: "Yes" },
    ]);
    expect(c1.submittedScorecards).toBe(2);
  });

  it("exports one CSV row per candidate and dimension", () => {
    const csv = comparisonCsv(comparison);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(COMPARISON_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + 3 * 2 + 1); // header, rows, final empty line
    const row = lines[1]!.split(",");
    expect(row.slice(0, 3)).toEqual(["C-1", "Name C-1", "technical_depth"]);
    expect(lines[1]).toContain("Ana: Strong yes; Ben: Yes");
    expect(lines[1]).toContain("never_wrong x2; hero x1");
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("buildComparison with ids that sort unlike their names", () => {
  // Ids are ids: here they sort the other way round from the codes and names people read,
  // and the page must still order ties and word its flag reasons by those names.
  const ana = { id: "p-2", name: "Ana", email: "ana@x.test" };
  const ben = { id: "p-1", name: "Ben", email: "ben@x.test" };
  const split = () => [
    scorecard(ana, { issues: 1, tradeoffs: 3 }),
    scorecard(ben, { issues: 3, tradeoffs: 1 }),
  ];
  const comparison = buildComparison(
    [
      candidate("C-1", split(), { id: "cand-b" }),
      candidate("C-2", split(), { id: "cand-a" }),
    ],
    CONTENT,
  );
  const depth = comparison.dimensions[0]!;

  it("breaks a tie by candidate code and orders panelists by name", () => {
    expect(depth.scores.map((s) => [s.code, s.candidateId])).toEqual([
      ["C-1", "cand-b"],
      ["C-2", "cand-a"],
    ]);
    expect(depth.panelists.map((p) => [p.panelist, p.panelistId])).toEqual([
      ["Ana", "p-2"],
      ["Ben", "p-1"],
    ]);
  });

  it("words flag reasons with criterion titles and panelist names", () => {
    expect(depth.scores[0]?.flagReasons).toEqual([
      "criterion Finds the issues: panelists Ana and Ben 2 levels apart",
      "criterion Weighs trade-offs: panelists Ben and Ana 2 levels apart",
    ]);
  });
});

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Lee, Jordan")).toBe('"Lee, Jordan"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@sum")).toBe("'@sum");
    expect(csvField("-2")).toBe("'-2");
  });

  it("writes numbers to six decimals and leaves unknowns empty", () => {
    expect(csvField(-0.1935862)).toBe("-0.193586");
    expect(csvField(3)).toBe("3");
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });
});
