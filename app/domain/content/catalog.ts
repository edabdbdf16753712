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
      (item) =>
        item.key === key && (version === undefined || item.version === version),
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
    const others = items.filter(
      (other) =>
        other.file !== file &&
        other.value.key === value.key &&
        other.value.version === value.version,
    );
    return others.length
      ? [
          {
            file,
            path: "version",
            message: `${kind} ${label(value)} is also defined in ${others.map((o) => o.file).join(", ")}`,
          },
        ]
      : [];
  });
}

function questionSetIssues(
  { file, value: set }: Located<QuestionSet>,
  rubrics: Rubric[],
): ContentIssue[] {
  const rubric = findContent(rubrics, set.rubric.key, set.rubric.version);
  if (!rubric) {
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
    ...question.criteria.flatMap((key, i) =>
      criteria.has(key)
        ? []
        : [
            {
              file,
              path: `questions.${q}.criteria.${i}`,
              message: `Unknown criterion "${key}" in rubric ${label(rubric)}`,
            },
          ],
    ),
    ...question.redFlags.flatMap((key, i) =>
      redFlags.has(key)
        ? []
        : [
            {
              file,
              path: `questions.${q}.redFlags.${i}`,
              message: `Unknown red flag "${key}" in rubric ${label(rubric)}`,
            },
          ],
    ),
  ]);
}

// Evidence names questions of the sets scored with this rubric; a typo there would send
// panelists looking for an answer that does not exist. With no such set loaded (none
// written yet, or its file is broken) there is nothing to check against, and reporting
// every key would bury the real issue.
function evidenceIssues(
  { file, value: rubric }: Located<Rubric>,
  questionSets: QuestionSet[],
): ContentIssue[] {
  const sets = questionSets.filter(
    (set) => set.rubric.key === rubric.key && set.rubric.version === rubric.version,
  );
  if (sets.length === 0) return [];
  const questionKeys = new Set(sets.flatMap((set) => set.questions.map((q) => q.key)));
  return rubric.dimensions.flatMap((dimension, d) =>
    dimension.criteria.flatMap((criterion, c) =>
      criterion.evidence.flatMap((key, e) =>
        key === REVIEW_EVIDENCE || questionKeys.has(key)
          ? []
          : [
              {
                file,
                path: `dimensions.${d}.criteria.${c}.evidence.${e}`,
                message: `"${key}" is neither "${REVIEW_EVIDENCE}" nor a question in a question set using ${label(rubric)}`,
              },
            ],
      ),
    ),
  );
}

export function catalogIssues(catalog: LocatedCatalog): ContentIssue[] {
  const rubrics = catalog.rubrics.map((r) => r.value);
  const questionSets = catalog.questionSets.map((s) => s.value);
  return [
    ...duplicateIssues("Rubric", catalog.rubrics),
    ...duplicateIssues("Question set", catalog.questionSets),
    ...duplicateIssues("Exercise", catalog.exercises),
    ...catalog.questionSets.flatMap((set) => questionSetIssues(set, rubrics)),
    ...catalog.rubrics.flatMap((rubric) =>
      evidenceIssues(rubric, questionSets),
    ),
  ];
}
