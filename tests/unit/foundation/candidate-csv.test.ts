import { describe, expect, it } from "vitest";
import {
  byLine,
  MAX_PASTED_CANDIDATES,
  parseCandidateCsv,
  unaddedLines,
} from "#app/domain/candidate-csv";

describe("pasted candidate list", () => {
  it("reads name,email lines with an optional header, quotes and tabs", () => {
    const { rows, problems } = parseCandidateCsv(
      'name,email\nJane Doe,Jane@Example.com\n"Li, Wei",li.wei@example.com\r\nAna\tana@example.com\n\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, name: "Jane Doe", email: "jane@example.com" },
      { line: 3, name: "Li, Wei", email: "li.wei@example.com" },
      { line: 4, name: "Ana", email: "ana@example.com" },
    ]);
  });

  it("names the line of every problem", () => {
    const { problems } = parseCandidateCsv(
      "Jane,jane@example.com\n,nobody@example.com\nBob,bob-at-example\nJane,jane@example.com\nA,a@b.co,extra",
    );
    expect(problems).toEqual([
      { line: 2, message: "the name is empty" },
      { line: 3, message: '"bob-at-example" is not an email address' },
      { line: 4, message: "jane@example.com appears twice in the list" },
      { line: 5, message: 'expected "name,email" but found 3 columns' },
    ]);
  });

  it("says so when the paste is empty", () => {
    expect(parseCandidateCsv("  \n").problems[0]?.message).toMatch(/empty/);
  });
});

describe("what a paste could not add", () => {
  it("puts the lines with a problem back, in order, and nothing else", () => {
    const text =
      "name,email\nJane,jane@example.com\nBob,bob-at-example\nAna,ana@example.com\n,x@example.com";
    const { rows, problems } = parseCandidateCsv(text);
    expect(rows.map((row) => row.name)).toEqual(["Jane", "Ana"]);
    expect(unaddedLines(text, byLine(problems))).toBe(
      "Bob,bob-at-example\n,x@example.com",
    );
  });

  it("adds the first 500 of a longer paste and keeps the rest for the next", () => {
    const lines = Array.from(
      { length: MAX_PASTED_CANDIDATES + 2 },
      (_, index) => `Person ${index},p${index}@example.com`,
    );
    const { rows, problems } = parseCandidateCsv(lines.join("\n"));
    expect(rows).toHaveLength(MAX_PASTED_CANDIDATES);
    expect(problems.map((problem) => problem.line)).toEqual([501, 502]);
    expect(unaddedLines(lines.join("\n"), problems)).toBe(
      lines.slice(MAX_PASTED_CANDIDATES).join("\n"),
    );
  });
});
