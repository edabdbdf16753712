import { describe, expect, it } from "vitest";
import { submissionChecklist } from "#app/domain/submission";

const questions = [
  { key: "one", title: "First", words: { min: 2, max: 10 } },
  { key: "two", title: "Second", words: { min: 2, max: 10 } },
];

describe("submissionChecklist", () => {
  it("lists every gap in the order the candidate would fix them", () => {
    const checklist = submissionChecklist({
      questions,
      answers: { one: "A short answer here." },
      commentCount: 0,
      summary: null,
    });
    expect(checklist.gaps).toEqual([
      "“Second” has no answer yet.",
      "The code review has no comments yet.",
      "The code review has no verdict yet.",
      "The code review has no summary comment yet.",
    ]);
    expect(checklist.unanswered.map((a) => a.key)).toEqual(["two"]);
    expect(checklist.answers[0]).toMatchObject({ words: 4, status: "within" });
  });

  it("counts an answer of only spaces as unanswered", () => {
    const checklist = submissionChecklist({
      questions,
      answers: { one: "   ", two: "Fine then." },
      commentCount: 3,
      summary: { verdict: "REQUEST_CHANGES", body: "Needs work." },
    });
    expect(checklist.gaps).toEqual(["“First” has no answer yet."]);
  });

  it("has no gaps when everything is there", () => {
    const checklist = submissionChecklist({
      questions,
      answers: { one: "Answer one.", two: "Answer two." },
      commentCount: 1,
      summary: { verdict: "APPROVE", body: "Looks good." },
    });
    expect(checklist.gaps).toEqual([]);
    expect(checklist.hasVerdict).toBe(true);
    expect(checklist.hasSummaryText).toBe(true);
  });

  it("lists an answer under its suggested length as short, after the empty ones", () => {
    const checklist = submissionChecklist({
      questions,
      answers: { one: "One", two: "" },
      commentCount: 1,
      summary: { verdict: "APPROVE", body: "Looks good." },
    });
    expect(checklist.short.map((a) => a.key)).toEqual(["one"]);
    expect(checklist.unanswered.map((a) => a.key)).toEqual(["two"]);
    expect(checklist.gaps).toEqual([
      "“Second” has no answer yet.",
      "“First” is short of the suggested length: 1 word, suggested 2–10.",
    ]);
  });
});
