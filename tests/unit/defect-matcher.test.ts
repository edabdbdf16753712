import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  matchDefects,
  type DefectRange,
  type ReviewCommentAnchor,
} from "#app/domain/defect-matcher";

const defects: DefectRange[] = [
  {
    id: "n-plus-one",
    file: "src/services/orders.ts",
    startLine: 40,
    endLine: 47,
  },
  {
    id: "hard-coded-url",
    file: "src/services/orders.ts",
    startLine: 7,
    endLine: 7,
  },
  { id: "idor", file: "src/routes/orders.ts", startLine: 9, endLine: 13 },
  { id: "paging", file: "src/routes/orders.ts", startLine: 15, endLine: 16 },
];

const comment = (
  id: string,
  file: string,
  startLine: number,
  endLine = startLine,
  extra: Partial<ReviewCommentAnchor> = {},
): ReviewCommentAnchor => ({
  id,
  file,
  startLine,
  endLine,
  body: "review comment",
  ...extra,
});

const byId = (result: ReturnType<typeof matchDefects>, id: string) =>
  result.find((match) => match.id === id);

describe("matchDefects", () => {
  it("finds a defect from a comment inside its range and says why", () => {
    const result = matchDefects(defects, [
      comment("c1", "src/services/orders.ts", 42, 44),
    ]);

    expect(byId(result, "n-plus-one")).toEqual({
      id: "n-plus-one",
      found: true,
      commentIds: ["c1"],
      reasons: [
        {
          commentId: "c1",
          reason: "comment on lines 42–44 overlaps the defect's lines 40–47",
        },
      ],
    });
    expect(byId(result, "hard-coded-url")?.found).toBe(false);
  });

  it("accepts a comment a few lines off, within the tolerance", () => {
    const result = matchDefects(defects, [
      comment("below", "src/services/orders.ts", 49, 50),
      comment("above", "src/services/orders.ts", 4),
    ]);

    expect(byId(result, "n-plus-one")?.reasons).toEqual([
      {
        commentId: "below",
        reason:
          "comment on lines 49–50, 2 lines below the defect's lines 40–47, within tolerance 3",
      },
    ]);
    expect(byId(result, "hard-coded-url")?.reasons).toEqual([
      {
        commentId: "above",
        reason:
          "comment on line 4, 3 lines above the defect's line 7, within tolerance 3",
      },
    ]);
  });

  it("ignores a comment beyond the tolerance, which can be set", () => {
    const comments = [comment("far", "src/services/orders.ts", 51)];

    expect(byId(matchDefects(defects, comments), "n-plus-one")?.found).toBe(
      false,
    );
    expect(
      byId(matchDefects(defects, comments, { tolerance: 4 }), "n-plus-one")
        ?.found,
    ).toBe(true);
    expect(
      byId(
        matchDefects(defects, [comment("c", "src/services/orders.ts", 48)], {
          tolerance: 0,
        }),
        "n-plus-one",
      )?.found,
    ).toBe(false);
  });

  it("ignores comments on another file at the same lines", () => {
    const result = matchDefects(defects, [
      comment("c1", "src/routes/profile.ts", 42),
    ]);

    expect(result.every((match) => !match.found)).toBe(true);
  });

  it("ignores comments on the before side; after is the default side", () => {
    const result = matchDefects(defects, [
      comment("old", "src/services/orders.ts", 42, 42, { side: "before" }),
      comment("new", "src/services/orders.ts", 42, 42, { side: "after" }),
      comment("default", "src/services/orders.ts", 43),
    ]);

    expect(byId(result, "n-plus-one")?.commentIds).toEqual(["new", "default"]);
  });

  it("credits one comment to every defect its range reaches", () => {
    const result = matchDefects(defects, [
      comment("wide", "src/routes/orders.ts", 12, 15),
    ]);

    expect(byId(result, "idor")?.commentIds).toEqual(["wide"]);
    expect(byId(result, "paging")?.commentIds).toEqual(["wide"]);
  });

  it("reads a range given bottom-up as the same lines", () => {
    const result = matchDefects(defects, [
      comment("up", "src/services/orders.ts", 44, 42),
    ]);

    expect(byId(result, "n-plus-one")?.reasons[0]?.reason).toBe(
      "comment on lines 42–44 overlaps the defect's lines 40–47",
    );
  });

  it("reports every defect, in manifest order, when there are no comments", () => {
    expect(matchDefects(defects, []).map((m) => [m.id, m.found])).toEqual([
      ["n-plus-one", false],
      ["hard-coded-url", false],
      ["idor", false],
      ["paging", false],
    ]);
  });
});

describe("applyOverrides", () => {
  const result = matchDefects(defects, [
    comment("c1", "src/services/orders.ts", 42),
  ]);

  it("keeps the matcher's status where no panelist overrode it", () => {
    const final = applyOverrides(result, []);

    expect(final.find((d) => d.id === "n-plus-one")).toMatchObject({
      found: true,
      matched: true,
    });
    expect(final.find((d) => d.id === "n-plus-one")?.override).toBeUndefined();
  });

  it("lets a panelist mark a defect found or not found, with the reason shown", () => {
    const final = applyOverrides(result, [
      {
        defectId: "idor",
        found: true,
        reason: "Raised in the review summary, not on a line",
        by: "panelist-2",
      },
      {
        defectId: "n-plus-one",
        found: false,
        reason: "The comment is about naming, not the query",
        by: "panelist-2",
      },
    ]);

    expect(final.find((d) => d.id === "idor")).toMatchObject({
      found: true,
      matched: false,
      override: {
        found: true,
        reason: "Raised in the review summary, not on a line",
        by: "panelist-2",
      },
    });
    expect(final.find((d) => d.id === "n-plus-one")).toMatchObject({
      found: false,
      matched: true,
      commentIds: ["c1"],
      override: {
        found: false,
        reason: "The comment is about naming, not the query",
      },
    });
  });

  it("applies the latest override for a defect", () => {
    const final = applyOverrides(result, [
      { defectId: "paging", found: true, reason: "first look", by: "p1" },
      {
        defectId: "paging",
        found: false,
        reason: "on reflection, no",
        by: "p1",
      },
    ]);

    expect(final.find((d) => d.id === "paging")).toMatchObject({
      found: false,
      override: { reason: "on reflection, no" },
    });
  });

  it("refuses an override for a defect the exercise does not have", () => {
    expect(() =>
      applyOverrides(result, [
        { defectId: "sql-injection", found: true, reason: "", by: "p1" },
      ]),
    ).toThrow(/sql-injection/);
  });
});
