import { describe, expect, it } from "vitest";
import {
  diffLayout,
  isDiffLayoutChoice,
  SIDE_BY_SIDE_MIN_WIDTH,
} from "#app/domain/diff-layout";

describe("diffLayout", () => {
  it("shows a file that exists on one side only in one column, whatever was chosen", () => {
    for (const change of ["added", "deleted"] as const)
      for (const choice of ["auto", "side-by-side", "inline"] as const)
        expect(diffLayout({ change, choice, width: 2000 })).toBe("one-column");
  });

  it("puts a changed file side by side when there is room, inline when not", () => {
    const modified = { change: "modified", choice: "auto" } as const;
    expect(diffLayout({ ...modified, width: SIDE_BY_SIDE_MIN_WIDTH })).toBe(
      "side-by-side",
    );
    expect(diffLayout({ ...modified, width: SIDE_BY_SIDE_MIN_WIDTH - 1 })).toBe(
      "inline",
    );
    expect(diffLayout({ ...modified, width: 358 })).toBe("inline");
  });

  it("follows the candidate's choice for a changed file", () => {
    expect(
      diffLayout({ change: "modified", choice: "side-by-side", width: 358 }),
    ).toBe("side-by-side");
    expect(
      diffLayout({ change: "unchanged", choice: "inline", width: 2000 }),
    ).toBe("inline");
  });

  it("reads a stored choice only when it is one", () => {
    expect(isDiffLayoutChoice("inline")).toBe(true);
    expect(isDiffLayoutChoice("sideways")).toBe(false);
    expect(isDiffLayoutChoice(null)).toBe(false);
  });
});
