import { describe, expect, it } from "vitest";
import {
  amendmentErrors,
  completenessErrors,
  diffScorecards,
  emptyScorecard,
  evidenceField,
  evidenceRequired,
  flagField,
  flagNoteField,
  maySeePanel,
  queueStatus,
  recommendationFromEnum,
  recommendationToEnum,
  scoreField,
  type ScorecardContent,
  type ScorecardRubric,
} from "#app/domain/scorecard";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  scorecardFormSchema,
  scorecardFormValues,
} from "#app/domain/scorecard-form";

const rubric: ScorecardRubric = {
  dimensions: [
    {
      key: "technical_depth",
      criteria: [
        { key: "material_issues", title: "Finds the material issues" },
        { key: "trade_offs", title: "Reasons about trade-offs" },
      ],
    },
    {
      key: "multiplier",
      criteria: [
        { key: "teaching_reviews", title: "Writes reviews that teach" },
      ],
    },
  ],
  redFlags: [
    { key: "hero", title: "Hero" },
    { key: "never_wrong", title: "Never wrong" },
  ],
};

function complete(overrides: Partial<ScorecardContent> = {}): ScorecardContent {
  return {
    criteria: {
      material_issues: { score: 3, evidence: "" },
      trade_offs: { score: 2, evidence: "" },
      teaching_reviews: { score: 4, evidence: "Asks before telling in C2." },
    },
    redFlags: {},
    recommendation: "yes",
    summary: "Solid reviewer; teaches.",
    ...overrides,
  };
}

describe("completenessErrors", () => {
  it("accepts a complete scorecard", () => {
    expect(completenessErrors(rubric, complete())).toEqual({});
  });

  it("names every unscored criterion by its field, with its title", () => {
    const errors = completenessErrors(rubric, emptyScorecard(rubric));
    expect(Object.keys(errors)).toEqual([
      scoreField("material_issues"),
      scoreField("trade_offs"),
      scoreField("teaching_reviews"),
      "recommendation",
      "summary",
    ]);
    expect(errors[scoreField("trade_offs")]?.[0]).toContain(
      "Reasons about trade-offs",
    );
  });

  it("requires evidence for a 1 and a 4, not for a 2 or a 3", () => {
    const content = complete();
    content.criteria.material_issues = { score: 1, evidence: "   " };
    content.criteria.teaching_reviews = { score: 4, evidence: "" };
    content.criteria.trade_offs = { score: 2, evidence: "" };
    expect(Object.keys(completenessErrors(rubric, content))).toEqual([
      evidenceField("material_issues"),
      evidenceField("teaching_reviews"),
    ]);
    expect(evidenceRequired(1)).toBe(true);
    expect(evidenceRequired(4)).toBe(true);
    expect(evidenceRequired(3)).toBe(false);
    expect(evidenceRequired(null)).toBe(false);
  });

  it("asks for a note on each raised red flag", () => {
    const errors = completenessErrors(
      rubric,
      complete({ redFlags: { hero: "", never_wrong: "Q4: no regret." } }),
    );
    expect(Object.keys(errors)).toEqual([flagNoteField("hero")]);
  });

  it("treats a whitespace-only summary as missing", () => {
    expect(
      Object.keys(completenessErrors(rubric, complete({ summary: " \n" }))),
    ).toEqual(["summary"]);
  });
});

describe("diffScorecards", () => {
  it("lists each changed field with both values", () => {
    const before = complete({ redFlags: { hero: "Pushes fixes himself." } });
    const after = complete({
      recommendation: "strong_yes",
      redFlags: { never_wrong: "No regret in Q4." },
    });
    after.criteria.trade_offs = { score: 3, evidence: "Weighs the team size." };
    expect(diffScorecards(rubric, before, after)).toEqual([
      { field: scoreField("trade_offs"), before: 2, after: 3 },
      {
        field: evidenceField("trade_offs"),
        before: "",
        after: "Weighs the team size.",
      },
      { field: flagField("hero"), before: true, after: false },
      { field: flagField("never_wrong"), before: false, after: true },
      { field: "recommendation", before: "yes", after: "strong_yes" },
    ]);
  });

  it("ignores whitespace-only edits", () => {
    const after = complete({ summary: "  Solid reviewer; teaches.\n" });
    expect(diffScorecards(rubric, complete(), after)).toEqual([]);
  });
});

describe("amendmentErrors", () => {
  it("needs a reason", () => {
    const after = complete({ recommendation: "no" });
    expect(amendmentErrors(rubric, complete(), after, " ")).toHaveProperty(
      "reason",
    );
    expect(amendmentErrors(rubric, complete(), after, "Re-read Q2.")).toEqual(
      {},
    );
  });

  it("refuses an amendment that changes nothing", () => {
    expect(
      amendmentErrors(rubric, complete(), complete(), "Second look."),
    ).toEqual({ form: ["Nothing changed, so there is nothing to amend."] });
  });

  it("still requires completeness", () => {
    const after = complete();
    after.criteria.trade_offs = { score: null, evidence: "" };
    expect(
      Object.keys(amendmentErrors(rubric, complete(), after, "Unsure.")),
    ).toEqual([scoreField("trade_offs")]);
  });
});

describe("independence and the queue", () => {
  it("shows the panel only after one's own submission", () => {
    expect(maySeePanel(null)).toBe(false);
    expect(maySeePanel(undefined)).toBe(false);
    expect(maySeePanel({ status: "DRAFT" })).toBe(false);
    expect(maySeePanel({ status: "SUBMITTED" })).toBe(true);
  });

  it("derives the queue status from the attempt and the scorecard", () => {
    const at = new Date();
    expect(
      queueStatus({ attemptSubmittedAt: null, scorecardStatus: null }),
    ).toBe("waiting");
    expect(queueStatus({ attemptSubmittedAt: at, scorecardStatus: null })).toBe(
      "to-score",
    );
    expect(
      queueStatus({ attemptSubmittedAt: at, scorecardStatus: "DRAFT" }),
    ).toBe("draft");
    expect(
      queueStatus({ attemptSubmittedAt: at, scorecardStatus: "SUBMITTED" }),
    ).toBe("submitted");
  });

  it("maps recommendations between rubric keys and the database enum", () => {
    expect(recommendationToEnum("strong_no")).toBe("STRONG_NO");
    expect(recommendationFromEnum("STRONG_YES")).toBe("strong_yes");
    expect(recommendationFromEnum(null)).toBeNull();
  });
});

describe("scorecardFormSchema", () => {
  const schema = scorecardFormSchema(rubric);
  // As the browser and the action read it: conform turns dotted names into nested objects
  // and empty fields into nothing.
  const parse = (
    fields: Record<string, string>,
    target: ReturnType<typeof scorecardFormSchema> = schema,
  ) => {
    const formData = new FormData();
    for (const [name, value] of Object.entries(fields))
      formData.append(name, value);
    return parseWithZod(formData, { schema: target });
  };
  const errorsOf = (submission: ReturnType<typeof parse>) =>
    submission.status === "success" ? {} : (submission.error ?? {});

  it("turns form fields into scorecard content", () => {
    const parsed = parse({
      revision: "3",
      [scoreField("material_issues")]: "4",
      [evidenceField("material_issues")]: "Ranked the IDOR first.",
      [scoreField("trade_offs")]: "",
      [flagField("hero")]: "on",
      [flagNoteField("hero")]: "Q5: keeps payments.",
      [flagNoteField("never_wrong")]: "typed, then unticked",
      recommendation: "strong_yes",
      summary: "Leads with questions.",
      ignored: "field",
    });
    expect(parsed.status).toBe("success");
    expect(parsed.status === "success" && parsed.value).toEqual({
      intent: "save",
      revision: 3,
      reason: "",
      content: {
        criteria: {
          material_issues: { score: 4, evidence: "Ranked the IDOR first." },
          trade_offs: { score: null, evidence: "" },
          teaching_reviews: { score: null, evidence: "" },
        },
        redFlags: { hero: "Q5: keeps payments." },
        recommendation: "strong_yes",
        summary: "Leads with questions.",
      },
    });
  });

  it("refuses a level outside 1–4 and an unknown recommendation, on the fields' own names", () => {
    const parsed = parse({
      revision: "0",
      [scoreField("trade_offs")]: "5",
      recommendation: "maybe",
    });
    expect(parsed.status).toBe("error");
    expect(Object.keys(errorsOf(parsed))).toEqual(
      expect.arrayContaining([scoreField("trade_offs"), "recommendation"]),
    );
  });

  it("lets a draft be anything, and asks a submission for what it lacks", () => {
    const partial = {
      revision: "1",
      [scoreField("material_issues")]: "4",
      summary: "Half done",
    };
    expect(parse(partial).status).toBe("success");
    const submitted = parse({ ...partial, intent: "submit" });
    expect(Object.keys(errorsOf(submitted)).sort()).toEqual(
      [
        evidenceField("material_issues"),
        scoreField("teaching_reviews"),
        scoreField("trade_offs"),
        "recommendation",
      ].sort(),
    );
    // Once the panelist has tried to submit, the page keeps checking without the button.
    const checking = scorecardFormSchema(rubric, { complete: true });
    expect(Object.keys(errorsOf(parse(partial, checking)))).toHaveLength(4);
  });

  it("asks an amendment for a reason, with the message the service gives", () => {
    const content: ScorecardContent = {
      criteria: {
        material_issues: { score: 3, evidence: "" },
        trade_offs: { score: 2, evidence: "" },
        teaching_reviews: { score: 2, evidence: "" },
      },
      redFlags: {},
      recommendation: "no",
      summary: "Done.",
    };
    const parsed = parse({
      intent: "amend",
      revision: "2",
      ...Object.fromEntries(
        Object.entries(scorecardFormValues(content).score).map(
          ([key, value]) => [scoreField(key), value],
        ),
      ),
      recommendation: "no",
      summary: "Done.",
    });
    expect(errorsOf(parsed)).toEqual({
      reason: amendmentErrors(rubric, content, content, "").reason,
    });
  });
});

describe("scorecardFormValues", () => {
  it("gives the form back what it would post, so a stored draft parses to itself", () => {
    const content: ScorecardContent = {
      criteria: {
        material_issues: { score: 4, evidence: "Ranked the IDOR first." },
        trade_offs: { score: null, evidence: "" },
        teaching_reviews: { score: 1, evidence: "Tells, never asks." },
      },
      redFlags: { hero: "Q5: keeps payments." },
      recommendation: "strong_yes",
      summary: "Leads with questions.",
    };
    const values = scorecardFormValues(content);
    const formData = new FormData();
    formData.set("revision", "1");
    for (const [group, entries] of Object.entries(values)) {
      if (typeof entries === "string") formData.set(group, entries);
      else
        for (const [key, value] of Object.entries(entries))
          formData.set(`${group}.${key}`, value);
    }
    const parsed = parseWithZod(formData, {
      schema: scorecardFormSchema(rubric),
    });
    expect(parsed.status === "success" && parsed.value.content).toEqual(
      content,
    );
  });
});
