import { describe, expect, it } from "vitest";
import {
  anchorProblem,
  commentSide,
  commentValue,
  compareComments,
  describeLines,
  diffLines,
  fileChange,
  splitLines,
  verdictLabel,
  type ReviewFile,
} from "#app/domain/review";

const files: ReviewFile[] = [
  {
    path: "src/routes/orders.ts",
    language: "typescript",
    before: null,
    after: "a\nb\nc\nd\n",
  },
  {
    path: "src/app.ts",
    language: "typescript",
    before: "one\ntwo\n",
    after: "one\nnew\ntwo\n",
  },
  {
    path: "src/legacy.ts",
    language: "typescript",
    before: "old\ncode\n",
    after: null,
  },
];

describe("splitLines", () => {
  it("numbers lines as the editor does: a final newline opens no line", () => {
    expect(splitLines("a\nb\n")).toEqual(["a", "b"]);
    expect(splitLines("a\r\nb")).toEqual(["a", "b"]);
    expect(splitLines("")).toEqual([]);
  });
});

describe("fileChange", () => {
  it("names what the pull request does to each file", () => {
    expect(fileChange({ before: null, after: "x" })).toBe("added");
    expect(fileChange({ before: "x", after: null })).toBe("deleted");
    expect(fileChange({ before: "x", after: "y" })).toBe("modified");
    expect(fileChange({ before: "x", after: "x" })).toBe("unchanged");
  });
});

describe("diffLines", () => {
  it("counts added and removed lines and marks the added ones", () => {
    expect(diffLines("one\ntwo\nthree\n", "one\n2\nthree\nfour\n")).toEqual({
      additions: 2,
      deletions: 1,
      addedLines: [false, true, false, true],
    });
  });

  it("treats a new file as all added and a deleted one as all removed", () => {
    expect(diffLines(null, "a\nb\n")).toEqual({
      additions: 2,
      deletions: 0,
      addedLines: [true, true],
    });
    expect(diffLines("a\nb\n", null)).toEqual({
      additions: 0,
      deletions: 2,
      addedLines: [],
    });
  });
});

describe("anchorProblem", () => {
  const on = (filePath: string, startLine: number, endLine = startLine) => ({
    filePath,
    side: "AFTER" as const,
    startLine,
    endLine,
  });

  it("accepts lines of the new version", () => {
    expect(anchorProblem(files, on("src/routes/orders.ts", 1, 4))).toBeNull();
  });

  it("refuses a file that is not in the pull request", () => {
    expect(anchorProblem(files, on("src/nope.ts", 1))).toBe(
      'There is no file "src/nope.ts" in this pull request.',
    );
  });

  it("refuses lines past the end, before the start, or in the wrong order", () => {
    expect(anchorProblem(files, on("src/routes/orders.ts", 5))).toBe(
      "src/routes/orders.ts has 4 lines: choose lines between 1 and 4.",
    );
    expect(anchorProblem(files, on("src/routes/orders.ts", 0))).toBe(
      "Line numbers start at 1.",
    );
    expect(anchorProblem(files, on("src/routes/orders.ts", 3, 2))).toBe(
      "The last line must not come before the first line.",
    );
    expect(anchorProblem(files, on("src/routes/orders.ts", 1.5))).toBe(
      "Line numbers start at 1.",
    );
  });

  it("puts comments on a deleted file on its old version, and only there", () => {
    expect(commentSide(files[2]!)).toBe("BEFORE");
    expect(
      anchorProblem(files, { ...on("src/legacy.ts", 1), side: "BEFORE" }),
    ).toBeNull();
    expect(anchorProblem(files, on("src/legacy.ts", 1))).toMatch(/deleted/);
    expect(
      anchorProblem(files, { ...on("src/app.ts", 1), side: "BEFORE" }),
    ).toBe("Comment on the new version of the file.");
  });
});

describe("reading comments", () => {
  it("describes a line or a range", () => {
    expect(describeLines({ startLine: 7, endLine: 7 })).toBe("line 7");
    expect(describeLines({ startLine: 9, endLine: 13 })).toBe("lines 9–13");
  });

  it("orders comments by file, then line", () => {
    const comments = [
      { filePath: "b.ts", startLine: 1, endLine: 1 },
      { filePath: "a.ts", startLine: 9, endLine: 9 },
      { filePath: "a.ts", startLine: 2, endLine: 5 },
    ];
    expect(
      comments.sort(compareComments).map((c) => `${c.filePath}:${c.startLine}`),
    ).toEqual(["a.ts:2", "a.ts:9", "b.ts:1"]);
  });

  it("labels verdicts, including none", () => {
    expect(verdictLabel("REQUEST_CHANGES")).toBe("Request changes");
    expect(verdictLabel(null)).toBe("No verdict");
  });

  it("takes a comment's value from a larger record, unknown ratings read as none", () => {
    const row = {
      id: "c1",
      revision: 3,
      attemptId: "a1",
      filePath: "src/routes/orders.ts",
      side: "AFTER" as const,
      startLine: 2,
      endLine: 3,
      body: "N+1 here",
      category: "performance",
      severity: "blocker",
    };
    expect(commentValue(row)).toEqual({
      filePath: "src/routes/orders.ts",
      side: "AFTER",
      startLine: 2,
      endLine: 3,
      body: "N+1 here",
      category: "performance",
      severity: null,
    });
  });
});
