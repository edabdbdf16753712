// The rules of a panelist's scorecard, without I/O: how form fields are named, what makes a
// scorecard complete, what an amendment changed, and when a panelist may see the panel's
// scores. The services enforce these; the scoring page shows them.
import type { RecommendationKey, Score } from "./content/constants";
import { RECOMMENDATION_KEYS, SCORES } from "./content/constants";

/** The parts of a rubric a scorecard is checked against. */
export type ScorecardRubric = {
  dimensions: readonly {
    key: string;
    criteria: readonly { key: string; title: string }[];
  }[];
  redFlags: readonly { key: string; title: string }[];
};

export type CriterionEntry = { score: Score | null; evidence: string };

/** What a panelist fills in; the same shape for drafts, submissions and the audit trail. */
export type ScorecardContent = {
  criteria: Record<string, CriterionEntry>;
  /** Raised red flags only, each with the panelist's note. */
  redFlags: Record<string, string>;
  recommendation: RecommendationKey | null;
  summary: string;
};

export type ScorecardStatus = "DRAFT" | "SUBMITTED";
export type FieldErrors = Record<string, string[]>;

// Form field names, shared by the page, the form parser and the errors the server answers,
// so an error lands beside the control it is about.
export const scoreField = (criterionKey: string) => `score.${criterionKey}`;
export const evidenceField = (criterionKey: string) =>
  `evidence.${criterionKey}`;
export const flagField = (flagKey: string) => `flag.${flagKey}`;
export const flagNoteField = (flagKey: string) => `flagNote.${flagKey}`;

export const LIMITS = {
  evidence: 5_000,
  flagNote: 2_000,
  summary: 10_000,
  reason: 2_000,
} as const;

export function isScore(value: unknown): value is Score {
  return SCORES.includes(value as Score);
}

export function isRecommendation(value: unknown): value is RecommendationKey {
  return RECOMMENDATION_KEYS.includes(value as RecommendationKey);
}

/** The rubric's scale asks for quoted evidence at the extremes, where bias hides best. */
export function evidenceRequired(score: Score | null): boolean {
  return score === 1 || score === 4;
}

export function rubricCriteria(rubric: ScorecardRubric) {
  return rubric.dimensions.flatMap((dimension) =>
    dimension.criteria.map((criterion) => ({
      ...criterion,
      dimension: dimension.key,
    })),
  );
}

export function emptyScorecard(rubric: ScorecardRubric): ScorecardContent {
  return {
    criteria: Object.fromEntries(
      rubricCriteria(rubric).map((c) => [c.key, { score: null, evidence: "" }]),
    ),
    redFlags: {},
    recommendation: null,
    summary: "",
  };
}

/**
 * What still stops a scorecard from being submitted, keyed by the field to fix. Empty when
 * it is complete. A draft may be anything; these rules apply when it is submitted or amended.
 */
export function completenessErrors(
  rubric: ScorecardRubric,
  content: ScorecardContent,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const criterion of rubricCriteria(rubric)) {
    const entry = content.criteria[criterion.key];
    if (!entry?.score) {
      errors[scoreField(criterion.key)] = [
        `Choose a level for “${criterion.title}”.`,
      ];
    } else if (evidenceRequired(entry.score) && !entry.evidence.trim()) {
      errors[evidenceField(criterion.key)] = [
        `A ${entry.score} needs evidence: quote or point to what the candidate wrote.`,
      ];
    }
  }
  for (const flag of rubric.redFlags) {
    const note = content.redFlags[flag.key];
    if (note !== undefined && !note.trim()) {
      errors[flagNoteField(flag.key)] = [
        `Say what you saw that raised “${flag.title}”.`,
      ];
    }
  }
  if (!content.recommendation) {
    errors.recommendation = ["Choose an overall recommendation."];
  }
  if (!content.summary.trim()) {
    errors.summary = ["Write a short summary for the debrief."];
  }
  return errors;
}

export type ScorecardChange = {
  /** The form field that changed, e.g. `score.material_issues` or `recommendation`. */
  field: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
};

/** Field by field, what an amendment changes; the audit trail keeps both sides. */
export function diffScorecards(
  rubric: ScorecardRubric,
  before: ScorecardContent,
  after: ScorecardContent,
): ScorecardChange[] {
  const changes: ScorecardChange[] = [];
  const compare = (
    field: string,
    a: ScorecardChange["before"],
    b: ScorecardChange["after"],
  ) => {
    if (a !== b) changes.push({ field, before: a, after: b });
  };
  for (const criterion of rubricCriteria(rubric)) {
    const a = before.criteria[criterion.key];
    const b = after.criteria[criterion.key];
    compare(scoreField(criterion.key), a?.score ?? null, b?.score ?? null);
    compare(
      evidenceField(criterion.key),
      a?.evidence.trim() ?? "",
      b?.evidence.trim() ?? "",
    );
  }
  for (const flag of rubric.redFlags) {
    const a = before.redFlags[flag.key];
    const b = after.redFlags[flag.key];
    compare(flagField(flag.key), a !== undefined, b !== undefined);
    if (a !== undefined && b !== undefined)
      compare(flagNoteField(flag.key), a.trim(), b.trim());
  }
  compare("recommendation", before.recommendation, after.recommendation);
  compare("summary", before.summary.trim(), after.summary.trim());
  return changes;
}

/**
 * What stops a submission or an amendment, without comparing with what was submitted before:
 * completeness, and for an amendment a reason. The form checks this in the browser too.
 */
export function submissionErrors(
  rubric: ScorecardRubric,
  content: ScorecardContent,
  { amend, reason }: { amend: boolean; reason: string },
): FieldErrors {
  const errors = completenessErrors(rubric, content);
  if (amend && !reason.trim()) {
    errors.reason = [
      "Say why you are changing a submitted scorecard; the audit trail keeps it with the old values.",
    ];
  }
  return errors;
}

/** An amendment needs a reason and a change, on top of being complete. */
export function amendmentErrors(
  rubric: ScorecardRubric,
  before: ScorecardContent,
  after: ScorecardContent,
  reason: string,
): FieldErrors {
  const errors = submissionErrors(rubric, after, { amend: true, reason });
  if (
    Object.keys(errors).length === 0 &&
    diffScorecards(rubric, before, after).length === 0
  ) {
    errors.form = ["Nothing changed, so there is nothing to amend."];
  }
  return errors;
}

/**
 * Independence: a panelist sees the panel's scores, notes and recommendations for a
 * candidate (or even how many exist) only once their own scorecard is submitted.
 */
export function maySeePanel(
  own: { status: ScorecardStatus } | null | undefined,
): boolean {
  return own?.status === "SUBMITTED";
}

export type QueueStatus = "waiting" | "to-score" | "draft" | "submitted";

export function queueStatus(input: {
  attemptSubmittedAt: Date | null | undefined;
  scorecardStatus: ScorecardStatus | null | undefined;
}): QueueStatus {
  if (!input.attemptSubmittedAt) return "waiting";
  if (input.scorecardStatus === "SUBMITTED") return "submitted";
  return input.scorecardStatus ? "draft" : "to-score";
}

/** What needs the panelist first: unfinished work, then waiting, then done. */
export const QUEUE_ORDER: Record<QueueStatus, number> = {
  "to-score": 0,
  draft: 1,
  waiting: 2,
  submitted: 3,
};

// The database spells recommendations as an enum (STRONG_NO), the rubric as keys (strong_no).
export type RecommendationEnum = Uppercase<RecommendationKey>;

export function recommendationToEnum(
  key: RecommendationKey,
): RecommendationEnum {
  return key.toUpperCase() as RecommendationEnum;
}

export function recommendationFromEnum(
  value: RecommendationEnum | null,
): RecommendationKey | null {
  if (value === null) return null;
  const key = value.toLowerCase();
  return isRecommendation(key) ? key : null;
}
