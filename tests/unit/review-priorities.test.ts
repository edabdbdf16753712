// Prioritisation as a fact beside the findings: the candidate's severities and summary order
// against the answer key's (security and correctness > performance > configuration and
// tests > nits).
import { describe, expect, it } from "vitest";
import {
  keyRank,
  prioritisation,
  type PriorityInput,
} from "#app/domain/review-priorities";

const defect = (
  id: string,
  category: PriorityInput["category"],
  severity: PriorityInput["severity"],
  rating: string | null,
  extra: Partial<PriorityInput> = {},
): PriorityInput => ({
  id,
  title: id,
  category,
  severity,
  found: true,
  ratedAs: rating ? [rating] : [],
  summaryPosition: null,
  ...extra,
});

describe("keyRank", () => {
  it("puts security and correctness first, then performance, then config and tests, nits last", () => {
    expect(
      [
        defect("log", "style", "nit", null, { decoy: true }),
        defect("test", "testing", "medium", null),
        defect("url", "configuration", "medium", null),
        defect("n+1", "performance", "high", null),
        defect("idor", "security", "critical", null),
        defect("paging", "correctness", "high", null),
      ]
        .sort((a, b) => keyRank(a) - keyRank(b))
        .map((d) => d.id),
    ).toEqual(["idor", "paging", "n+1", "test", "url", "log"]);
  });
});

describe("prioritisation", () => {
  it("counts the pairs the candidate rated in the key's order, and says so in words", () => {
    const result = prioritisation([
      defect("Ownership", "security", "critical", "critical"),
      defect("N+1", "performance", "high", "high"),
      defect("Tracking URL", "configuration", "medium", "medium"),
      defect("Happy-path test", "testing", "medium", "low"),
      defect("Console.log", "style", "nit", "nit", { decoy: true }),
    ]);
    // 10 pairs, minus the tracking URL/test pair the key does not rank apart.
    expect(result.ratings).toEqual({
      pairs: 9,
      agree: 9,
      equal: 0,
      reversed: 0,
    });
    expect(result.sentence).toBe(
      "Rated “Ownership” critical and “Console.log” nit: agrees with the answer key on 9 of 9 pairs; marked 2 findings blocking.",
    );
  });

  it("tells a reversed and an equal rating apart, and leaves out what was not found or rated", () => {
    const result = prioritisation([
      defect("Ownership", "security", "critical", "medium"),
      defect("N+1", "performance", "high", "critical"),
      defect("Console.log", "style", "nit", "medium", { decoy: true }),
      defect("Tracking URL", "configuration", "medium", null),
      defect("Test", "testing", "medium", "high", { found: false }),
    ]);
    expect(result.findings.map((f) => f.id)).toEqual([
      "Ownership",
      "N+1",
      "Console.log",
      "Tracking URL",
    ]);
    expect(result.ratings).toEqual({
      pairs: 3,
      agree: 1,
      equal: 1,
      reversed: 1,
    });
    expect(result.sentence).toMatch(
      /agrees with the answer key on 1 of 3 pairs \(1 rated alike\)/,
    );
  });

  it("takes the most severe rating when several comments found the same defect", () => {
    const [finding] = prioritisation([
      {
        ...defect("Ownership", "security", "critical", null),
        ratedAs: ["low", "critical", null],
      },
    ]).findings;
    expect(finding).toMatchObject({ rating: "critical", blocking: true });
  });

  it("reads the order in which the summary raises the findings", () => {
    const result = prioritisation([
      defect("Ownership", "security", "critical", null, {
        summaryPosition: 80,
      }),
      defect("N+1", "performance", "high", null, { summaryPosition: 10 }),
      defect("Tracking URL", "configuration", "medium", null, {
        summaryPosition: 120,
      }),
    ]);
    expect(result.summaryOrder).toMatchObject({
      ids: ["N+1", "Ownership", "Tracking URL"],
      pairs: 3,
      agree: 2,
      reversed: 1,
    });
    expect(result.sentence).toBe(
      "Gave no severity to the defects found; the summary raises them in the key's order for 2 of 3 pairs.",
    );
  });

  it("says so when nothing was found", () => {
    expect(
      prioritisation([
        defect("x", "security", "critical", null, { found: false }),
      ]).sentence,
    ).toBe("Found none of the seeded defects.");
  });
});
