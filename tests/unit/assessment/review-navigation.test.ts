import { describe, expect, it } from "vitest";
import { inReadingOrder, step } from "#app/domain/review-navigation";

describe("step", () => {
  const files = ["a.ts", "b.ts", "c.ts"];

  it("moves to the neighbour and wraps at both ends", () => {
    expect(step(files, "a.ts", 1)).toBe("b.ts");
    expect(step(files, "c.ts", 1)).toBe("a.ts");
    expect(step(files, "a.ts", -1)).toBe("c.ts");
  });

  it("starts at the first going forward and the last going back", () => {
    expect(step(files, undefined, 1)).toBe("a.ts");
    expect(step(files, "gone.ts", -1)).toBe("c.ts");
    expect(step([], undefined, 1)).toBeUndefined();
  });
});

describe("inReadingOrder", () => {
  it("orders comments by the file's place in the list, then by line", () => {
    const comments = [
      { id: 1, filePath: "b.ts", startLine: 3, endLine: 3 },
      { id: 2, filePath: "a.ts", startLine: 9, endLine: 9 },
      { id: 3, filePath: "b.ts", startLine: 1, endLine: 2 },
      { id: 4, filePath: "a.ts", startLine: 2, endLine: 4 },
    ];
    expect(inReadingOrder(comments, ["a.ts", "b.ts"]).map((c) => c.id)).toEqual(
      [4, 2, 3, 1],
    );
  });
});
