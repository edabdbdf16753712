// Checks that span files: keys that must exist in another file, and key/version pairs that
// must be unique across the content tree.
import { REVIEW_EVIDENCE } from "./constants";
import type { Exercise } from "./exercise";
import type { ContentIssue } from "./issues";
import type { QuestionSet } from "./question-set";
import { rubricCriteria, type Rubric } from "./rubric";

export type ContentCatalog = {
  rubrics: Rubric[];
  questionSets: QuestionSet[];
  exercises: Exercise[];
};

export type Versioned = { key: string; version: number };

// Where each value was read from, so a cross-file issue can name the file to fix.
export type Located<T> = { file: string; value: T };

export type LocatedCatalog = {
  rubrics: Located<Rubric>[];
  questionSets: Located<QuestionSet>[];
  exercises: Located<Exercise>[];
  // Kinds with a file that failed on its own. A reference into such a kind may point at
  // the broken file; reporting it as missing would only echo the real issue.
  incomplete?: { rubrics?: boolean; questionSets?: boolean };
};

const label = ({ key, version }: Versioned) => `${key} v${version}`;

// Without a version, the highest one: what a new opening should get.
export function findContent<T extends Versioned>(
  items: readonly T[],
  key: string,
  version?: number,
): T | undefined {
  return items
    .filter(
      (item) => item.key === key && (version ?? item.version) === item.version,
    )
    .reduce<T | undefined>(
      (best, item) => (best && best.version > item.version ? best : item),
      undefined,
    );
}

function duplicateIssues(
  kind: string,
  items: Located<Versioned>[],
): ContentIssue[] {
  return items.flatMap(({ file, value }) => {
    const others = items
      .filter(
        (o) =>
          o.file !== file &&
          o.value.key === value.key &&
          o.value.version === value.version,
      )
      .map((o) => o.file);
    if (others.length === 0) return [];
    const message = `${kind} ${label(value)} is also defined in ${others.join(", ")}`;
    return [{ file, path: "version", message }];
  });
}

function unknownKeys(
  file: string,
  keys: readonly string[],
  known: ReadonlySet<string>,
  path: string,
  describe: (key: string) => string,
): ContentIssue[] {
  return keys.flatMap((key, index) =>
    known.has(key)
      ? []
      : [{ file, path: `${path}.${index}`, message: describe(key) }],
  );
}

function questionSetIssues(
  { file, value: set }: Located<QuestionSet>,
  rubrics: Rubric[],
  rubricsIncomplete: boolean,
): ContentIssue[] {
  const rubric = findContent(rubrics, set.rubric.key, set.rubric.version);
  if (!rubric) {
    if (rubricsIncomplete) return [];
    const known = rubrics.map(label).join(", ") || "none";
    return [
      {
        file,
        path: "rubric",
        message: `No rubric ${label(set.rubric)} (known: ${known})`,
      },
    ];
  }
  const criteria = new Set(rubricCriteria(rubric).map((c) => c.key));
  const redFlags = new Set(rubric.redFlags.map((f) => f.key));
  return set.questions.flatMap((question, q) => [
    ...unknownKeys(
      file,
      question.criteria,
      criteria,
      `questions.${q}.criteria`,
      (key) => `Unknown criterion "${key}" in rubric ${label(rubric)}`,
    ),
    ...unknownKeys(
      file,
      question.redFlags,
      redFlags,
      `questions.${q}.redFlags`,
      (key) => `Unknown red flag "${key}" in rubric ${label(rubric)}`,
    ),
  ]);
}

// Evidence names questions of the sets scored with this rubric; a typo there would send
// panelists looking for an answer that does not exist. With no such set loaded there is
// nothing to check against.
function evidenceIssues(
  { file, value: rubric }: Located<Rubric>,
  questionSets: QuestionSet[],
) {
  const sets = questionSets.filter(
    (set) =>
      set.rubric.key === rubric.key && set.rubric.version === rubric.version,
  );
  if (sets.length === 0) return [];
  const known = new Set([
    REVIEW_EVIDENCE,
    ...sets.flatMap((s) => s.questions.map((q) => q.key)),
  ]);
  return rubric.dimensions.flatMap((dimension, d) =>
    dimension.criteria.flatMap((criterion, c) =>
      unknownKeys(
        file,
        criterion.evidence,
        known,
        `dimensions.${d}.criteria.${c}.evidence`,
        (key) =>
          `"${key}" is neither "${REVIEW_EVIDENCE}" nor a question in a question set using ${label(rubric)}`,
      ),
    ),
  );
}

// An exercise's examples name criteria of the rubrics that exist, so a typo does not leave a
// criterion silently without its example.
function rubricExampleIssues(
  exercise: Located<Exercise>,
  rubrics: readonly Rubric[],
): ContentIssue[] {
  const known = new Set(
    rubrics.flatMap((r) =>
      r.dimensions.flatMap((d) => d.criteria.map((c) => c.key)),
    ),
  );
  return Object.keys(exercise.value.rubricExamples ?? {})
    .filter((key) => !known.has(key))
    .map((key) => ({
      file: exercise.file,
      path: `rubricExamples.${key}`,
      message: `"${key}" is not a criterion of any rubric`,
    }));
}

export function catalogIssues(catalog: LocatedCatalog): ContentIssue[] {
  const rubrics = catalog.rubrics.map((r) => r.value);
  const questionSets = catalog.questionSets.map((s) => s.value);
  const incomplete = catalog.incomplete ?? {};
  return [
    ...duplicateIssues("Rubric", catalog.rubrics),
    ...duplicateIssues("Question set", catalog.questionSets),
    ...duplicateIssues("Exercise", catalog.exercises),
    ...catalog.questionSets.flatMap((set) =>
      questionSetIssues(set, rubrics, incomplete.rubrics ?? false),
    ),
    ...(incomplete.rubrics
      ? []
      : catalog.exercises.flatMap((exercise) =>
          rubricExampleIssues(exercise, rubrics),
        )),
    ...(incomplete.questionSets
      ? []
      : catalog.rubrics.flatMap((rubric) =>
          evidenceIssues(rubric, questionSets),
        )),
  ];
}
