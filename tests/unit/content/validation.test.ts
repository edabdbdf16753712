import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  catalogIssues,
  formatIssue,
  validateExercise,
  validateQuestionSet,
  validateRubric,
  type ContentIssue,
  type ExerciseSource,
  type QuestionSet,
  type Rubric,
  type Validation,
} from "#app/domain/content/index";
import { readYamlFile, repoRoot } from "./content-tree";

const RUBRIC_FILE = "rubrics/tech-lead.v1.yaml";
const QUESTIONS_FILE = "seed/questions/tech-lead-default.v1.yaml";

// A fresh, mutable copy of the real content for each test to break in one place.
const realRubric = async () =>
  structuredClone(
    await readYamlFile(path.join(repoRoot, RUBRIC_FILE)),
  ) as Rubric;
const realQuestionSet = async () =>
  structuredClone(
    await readYamlFile(path.join(repoRoot, QUESTIONS_FILE)),
  ) as QuestionSet;

function messages<T>(validation: Validation<T>): string[] {
  if (validation.ok) throw new Error("expected the content to be rejected");
  return validation.issues.map(formatIssue);
}

describe("validateRubric", () => {
  it("accepts the repository's rubric", async () => {
    expect(validateRubric(await realRubric(), RUBRIC_FILE).ok).toBe(true);
  });

  it("names the file and the field of a missing level", async () => {
    const rubric = await realRubric();
    delete (
      rubric.dimensions[0]?.criteria[2]?.levels as Partial<
        Record<number, string>
      >
    )[3];

    expect(messages(validateRubric(rubric, RUBRIC_FILE))).toEqual([
      "rubrics/tech-lead.v1.yaml: dimensions.0.criteria.2.levels.3: Required",
    ]);
  });

  it("rejects a misspelt field rather than ignoring it", async () => {
    const rubric = (await realRubric()) as unknown as {
      dimensions: { criteria: Record<string, unknown>[] }[];
    };
    const criterion = rubric.dimensions[1]?.criteria[0] as Record<
      string,
      unknown
    >;
    criterion.lookfor = criterion.lookFor;
    delete criterion.lookFor;

    expect(messages(validateRubric(rubric, RUBRIC_FILE))).toEqual([
      "rubrics/tech-lead.v1.yaml: dimensions.1.criteria.0.lookFor: Required",
      'rubrics/tech-lead.v1.yaml: dimensions.1.criteria.0: Unrecognized key: "lookfor"',
    ]);
  });

  it("requires exactly the two dimensions, depth then multiplier", async () => {
    const swapped = await realRubric();
    swapped.dimensions.reverse();
    expect(messages(validateRubric(swapped, RUBRIC_FILE))).toEqual([
      'rubrics/tech-lead.v1.yaml: dimensions.0.key: Expected "technical_depth": the order is technical_depth, multiplier',
      'rubrics/tech-lead.v1.yaml: dimensions.1.key: Expected "multiplier": the order is technical_depth, multiplier',
    ]);

    const one = await realRubric();
    one.dimensions.pop();
    expect(messages(validateRubric(one, RUBRIC_FILE))).toEqual([
      "rubrics/tech-lead.v1.yaml: dimensions: Expected exactly technical_depth then multiplier",
    ]);
  });

  it("reports every place a criterion or red-flag key repeats", async () => {
    const rubric = await realRubric();
    const depth = rubric.dimensions[0]?.criteria[0];
    const multiplier = rubric.dimensions[1]?.criteria[0];
    if (!depth || !multiplier) throw new Error("fixture changed");
    multiplier.key = depth.key;
    rubric.redFlags.push({
      ...(rubric.redFlags[0] as Rubric["redFlags"][number]),
    });

    expect(messages(validateRubric(rubric, RUBRIC_FILE))).toEqual([
      `rubrics/tech-lead.v1.yaml: dimensions.0.criteria.0.key: Criterion key "${depth.key}" is used more than once`,
      `rubrics/tech-lead.v1.yaml: dimensions.1.criteria.0.key: Criterion key "${depth.key}" is used more than once`,
      `rubrics/tech-lead.v1.yaml: redFlags.0.key: Red flag key "context_free_opinions" is used more than once`,
      `rubrics/tech-lead.v1.yaml: redFlags.${rubric.redFlags.length - 1}.key: Red flag key "context_free_opinions" is used more than once`,
    ]);
  });

  it("wants the file named after the key and version it holds", async () => {
    expect(
      messages(validateRubric(await realRubric(), "rubrics/tech-lead.v2.yaml")),
    ).toEqual([
      'rubrics/tech-lead.v2.yaml: key: File must be named "tech-lead.v1.yaml" to match key and version',
    ]);
  });
});

describe("validateQuestionSet", () => {
  it("accepts the repository's question set", async () => {
    expect(
      validateQuestionSet(await realQuestionSet(), QUESTIONS_FILE).ok,
    ).toBe(true);
  });

  it("names the question and field that is wrong", async () => {
    const set = await realQuestionSet();
    const question = set.questions[2];
    if (!question) throw new Error("fixture changed");
    question.words = { min: 700, max: 300 };
    question.prompt = "   ";

    expect(messages(validateQuestionSet(set, QUESTIONS_FILE))).toEqual([
      "seed/questions/tech-lead-default.v1.yaml: questions.2.prompt: Required",
      "seed/questions/tech-lead-default.v1.yaml: questions.2.words.max: Must be greater than words.min",
    ]);
  });
});

describe("catalogIssues", () => {
  const catalogWith = async (
    edit: (set: QuestionSet, rubric: Rubric) => void,
  ) => {
    const rubric = await realRubric();
    const set = await realQuestionSet();
    edit(set, rubric);
    return catalogIssues({
      rubrics: [{ file: RUBRIC_FILE, value: rubric }],
      questionSets: [{ file: QUESTIONS_FILE, value: set }],
      exercises: [],
    }).map(formatIssue);
  };

  it("finds nothing wrong in the repository's content", async () => {
    expect(await catalogWith(() => {})).toEqual([]);
  });

  it("names a question's criterion or red flag that the rubric does not have", async () => {
    const issues = await catalogWith((set) => {
      const question = set.questions[1];
      if (!question) throw new Error("fixture changed");
      question.criteria[0] = "charisma";
      question.redFlags.push("too_quiet");
    });

    expect(issues).toEqual([
      'seed/questions/tech-lead-default.v1.yaml: questions.1.criteria.0: Unknown criterion "charisma" in rubric tech-lead v1',
      `seed/questions/tech-lead-default.v1.yaml: questions.1.redFlags.5: Unknown red flag "too_quiet" in rubric tech-lead v1`,
    ]);
  });

  it("names a question set whose rubric does not exist", async () => {
    const issues = await catalogWith((set) => {
      set.rubric.version = 9;
    });

    expect(issues).toContain(
      "seed/questions/tech-lead-default.v1.yaml: rubric: No rubric tech-lead v9 (known: tech-lead v1)",
    );
  });

  it("does not report a rubric as missing while a rubric file is broken", async () => {
    const set = await realQuestionSet();
    const located = { file: QUESTIONS_FILE, value: set };

    expect(
      catalogIssues({ rubrics: [], questionSets: [located], exercises: [] }),
    ).toHaveLength(1);
    expect(
      catalogIssues({
        rubrics: [],
        questionSets: [located],
        exercises: [],
        incomplete: { rubrics: true },
      }),
    ).toEqual([]);
  });

  it("names rubric evidence that points at no question", async () => {
    const issues = await catalogWith((_set, rubric) => {
      rubric.dimensions[1]?.criteria[3]?.evidence.push("first-100-days");
    });

    expect(issues).toEqual([
      'rubrics/tech-lead.v1.yaml: dimensions.1.criteria.3.evidence.3: "first-100-days" is neither "review" nor a question in a question set using tech-lead v1',
    ]);
  });

  it("names both files that define the same key and version", async () => {
    const rubric = await realRubric();
    const issues = catalogIssues({
      rubrics: [
        { file: "rubrics/tech-lead.v1.yaml", value: rubric },
        { file: "rubrics/tech-lead.v1.yml", value: rubric },
      ],
      questionSets: [{ file: QUESTIONS_FILE, value: await realQuestionSet() }],
      exercises: [],
    }).map(formatIssue);

    expect(issues).toEqual([
      "rubrics/tech-lead.v1.yaml: version: Rubric tech-lead v1 is also defined in rubrics/tech-lead.v1.yml",
      "rubrics/tech-lead.v1.yml: version: Rubric tech-lead v1 is also defined in rubrics/tech-lead.v1.yaml",
    ]);
  });
});

describe("validateExercise", () => {
  const after = [
    "export function total(orders: Order[]) {",
    "  let sum = 0;",
    "",
    "   ",
    "  for (const order of orders) sum += order.cents;",
    "  return sum;",
    "}",
    "",
  ].join("\n");

  const source = (
    defects: Record<string, unknown>[],
    dir = "seed/exercises/totals",
  ): ExerciseSource => ({
    dir,
    manifest: {
      key: "totals",
      version: 1,
      title: "Sum order totals",
      description: "Adds `total`.",
      author: { name: "A. Junior", role: "junior engineer" },
      language: "typescript",
      estimatedMinutes: 10,
    },
    defects: { defects },
    files: [
      { path: "src/totals.ts", before: null, after },
      { path: "src/legacy.ts", before: "export {};\n", after: null },
    ],
  });

  const defect = (fields: Record<string, unknown>) => ({
    id: "loop",
    title: "A loop",
    category: "style",
    severity: "nit",
    file: "src/totals.ts",
    startLine: 5,
    endLine: 5,
    finding: "Could be a reduce.",
    ...fields,
  });

  const issuesOf = (validation: Validation<unknown>): ContentIssue[] =>
    validation.ok ? [] : validation.issues;

  it("accepts a well-formed exercise and sorts its files by path", () => {
    const validation = validateExercise(source([defect({})]));

    expect(
      validation.ok && validation.value.files.map((f) => [f.path, f.language]),
    ).toEqual([
      ["src/legacy.ts", "typescript"],
      ["src/totals.ts", "typescript"],
    ]);
  });

  it("accepts a range that ends on the last line", () => {
    expect(
      validateExercise(source([defect({ startLine: 6, endLine: 7 })])).ok,
    ).toBe(true);
  });

  it("rejects a range past the end of the file, naming the defect's field", () => {
    expect(
      messages(validateExercise(source([defect({ endLine: 8 })]))),
    ).toEqual([
      "seed/exercises/totals/defects.yaml: defects.0.endLine: Line 8 is past the end of src/totals.ts (7 lines)",
    ]);
  });

  it("rejects a range that covers only blank lines", () => {
    expect(
      messages(
        validateExercise(source([defect({ startLine: 3, endLine: 4 })])),
      ),
    ).toEqual([
      "seed/exercises/totals/defects.yaml: defects.0.startLine: Lines 3–4 of src/totals.ts are blank",
    ]);
  });

  it("rejects a defect in a file that the PR deletes or never had", () => {
    expect(
      messages(validateExercise(source([defect({ file: "src/legacy.ts" })]))),
    ).toEqual([
      'seed/exercises/totals/defects.yaml: defects.0.file: "src/legacy.ts" is not a file in after/ (after/ has: src/totals.ts)',
    ]);
  });

  it("rejects reversed ranges, repeated ids and decoys that are not harmless", () => {
    const issues = issuesOf(
      validateExercise(
        source([
          defect({ startLine: 6, endLine: 5 }),
          defect({ decoy: true, category: "security", severity: "critical" }),
        ]),
      ),
    ).map((issue) => `${issue.path}: ${issue.message}`);

    expect(issues).toEqual([
      "defects.0.endLine: Must not be before startLine",
      "defects.1.severity: A decoy is harmless: use low or nit",
      'defects.0.id: Defect id "loop" is used more than once',
      'defects.1.id: Defect id "loop" is used more than once',
    ]);
  });

  it("reports a missing manifest field and a bad category together", () => {
    const broken = source([defect({ category: "vibes" })]);
    delete (broken.manifest as Record<string, unknown>).title;

    expect(messages(validateExercise(broken))).toEqual([
      "seed/exercises/totals/exercise.yaml: title: Required",
      'seed/exercises/totals/defects.yaml: defects.0.category: Invalid option: expected one of "security"|"correctness"|"performance"|"configuration"|"testing"|"style"',
    ]);
  });

  it("wants the folder named after the exercise key", () => {
    expect(
      messages(validateExercise(source([defect({})], "seed/exercises/sums"))),
    ).toEqual([
      'seed/exercises/sums/exercise.yaml: key: Folder must be named "totals" or "totals.v1" to match key and version',
    ]);
    expect(
      validateExercise(source([defect({})], "seed/exercises/totals.v1")).ok,
    ).toBe(true);
  });

  it("rejects an exercise whose files do not change", () => {
    const unchanged = source([]);
    unchanged.files = [{ path: "a.ts", before: "x\n", after: "x\n" }];
    unchanged.defects = {
      defects: [defect({ file: "a.ts", startLine: 1, endLine: 1 })],
    };

    expect(messages(validateExercise(unchanged))).toEqual([
      "seed/exercises/totals: before/ and after/ are identical",
    ]);
  });
});
