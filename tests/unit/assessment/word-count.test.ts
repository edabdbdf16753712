import { describe, expect, it } from "vitest";
import {
  answerState,
  countWords,
  describeWordCount,
  isAnswered,
  wordRangeStatus,
} from "#app/domain/word-count";

describe("countWords", () => {
  it("counts words as a reader would", () => {
    expect(countWords("We moved our notification sending to a queue.")).toBe(8);
  });

  it("does not count Markdown markup as words", () => {
    expect(
      countWords("## Context\n\n- **4 engineers**, _40k_ a day\n> quoted"),
    ).toBe(7);
  });

  it("keeps contractions, hyphenated words and numbers whole", () => {
    expect(countWords("don't well-known 10x 3.5 it’s")).toBe(5);
  });

  it("counts a link by its text, and a bare address as one word", () => {
    expect(countWords("see [the design doc](https://example.com/a/b/c)")).toBe(
      4,
    );
    expect(countWords("see https://example.com/a/b/c?x=1 now")).toBe(3);
  });

  it("counts words in any script", () => {
    expect(countWords("Überblick über die Änderung")).toBe(4);
  });

  it("finds nothing in blank text", () => {
    expect(countWords("  \n\n  ")).toBe(0);
    expect(isAnswered(" \n ")).toBe(false);
    expect(isAnswered("Yes.")).toBe(true);
  });
});

describe("word ranges", () => {
  const range = { min: 350, max: 900 };
  it("tells empty, short, within and long apart", () => {
    expect(wordRangeStatus(0, range)).toBe("empty");
    expect(wordRangeStatus(349, range)).toBe("short");
    expect(wordRangeStatus(350, range)).toBe("within");
    expect(wordRangeStatus(900, range)).toBe("within");
    expect(wordRangeStatus(901, range)).toBe("long");
  });

  it("describes the count under the editor", () => {
    expect(describeWordCount(1, range)).toBe("1 word · suggested 350–900");
    expect(describeWordCount(1204, range)).toBe(
      "1,204 words · suggested 350–900",
    );
  });
});

describe("answerState", () => {
  const range = { min: 3, max: 5 };
  it("tells empty, short of the suggested length and answered apart", () => {
    expect(answerState(0, range)).toBe("empty");
    expect(answerState(1, range)).toBe("short");
    expect(answerState(3, range)).toBe("answered");
  });

  it("counts an answer over the range as answered: the range is a suggestion", () => {
    expect(answerState(50, range)).toBe("answered");
  });
});
