// Assessment content (rubrics, question sets, PR-review exercises): types and validators.
// Client code should import from ./constants instead: this module builds zod schemas.
export * from "./constants";
export { catalogIssues, findContent } from "./catalog";
export type {
  ContentCatalog,
  Located,
  LocatedCatalog,
  Versioned,
} from "./catalog";
export { exerciseWarnings, sourceLines, validateExercise } from "./exercise";
export type {
  Defect,
  Exercise,
  ExerciseFile,
  ExerciseSource,
} from "./exercise";
export { formatIssue, parseContent } from "./issues";
export type { ContentIssue, Validation } from "./issues";
export { monacoLanguage } from "./languages";
export { validateQuestionSet } from "./question-set";
export type { Question, QuestionSet } from "./question-set";
export { rubricCriteria, validateRubric } from "./rubric";
export type {
  Recommendation,
  RedFlag,
  Rubric,
  RubricCriterion,
  RubricDimension,
} from "./rubric";
