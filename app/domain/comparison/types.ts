// The calibrated comparison's data: the plain records it is built from (what the database
// holds about an opening's candidates, and what the content says about scores) and the plain
// result a loader sends as it is. Ids are ids; every label is there for display only.
import type { AlphaStatus, Flag } from "../calibration/index";
import type {
  DefectCategory,
  DefectSeverity,
  RecommendationKey,
} from "../content/constants";
import type { FindingStatus, MatchableDefect } from "../defect-matcher";

export type ScorecardStatus = "DRAFT" | "SUBMITTED";
export type RecommendationValue = "STRONG_NO" | "NO" | "YES" | "STRONG_YES";
export type DecisionValue = "ADVANCE" | "HOLD" | "REJECT";

export type PanelistRecord = { id: string; name: string; email: string };

export type ScorecardRecord = {
  panelist: PanelistRecord;
  status: ScorecardStatus;
  recommendation: RecommendationValue | null;
  summary: string;
  submittedAt: Date | string | null;
  criterionScores: {
    dimension: string;
    criterionKey: string;
    score: number | null;
    evidence: string;
  }[];
  redFlags: { flagKey: string; note: string }[];
};

export type CandidateRecord = {
  id: string;
  name: string;
  email: string;
  code: string;
  decision: DecisionValue | null;
  /** The exercise the candidate's attempt was given; null without an attempt. */
  attempt: {
    exerciseKey: string;
    exerciseVersion: number;
    submittedAt: Date | string | null;
    reviewComments: {
      id: string;
      filePath: string;
      side: "BEFORE" | "AFTER";
      startLine: number;
      endLine: number;
      body: string;
      category?: string | null;
      severity?: string | null;
    }[];
    reviewSummary?: { body: string } | null;
  } | null;
  /** Oldest first: the latest override of a defect wins. */
  defectOverrides: {
    defectId: string;
    found: boolean;
    reason: string;
    panelist: PanelistRecord;
  }[];
  scorecards: ScorecardRecord[];
};

export type DefectColumn = {
  id: string;
  title: string;
  category: DefectCategory;
  severity: DefectSeverity;
  file: string;
  startLine: number;
  endLine: number;
  decoy: boolean;
  signals?: MatchableDefect["signals"];
  related?: MatchableDefect["related"];
};

/** What the opening's content says about the scores: names, order and the seeded defects. */
export type ComparisonContent = {
  dimensions: { key: string; title: string }[];
  criteria: { key: string; title: string; dimension: string }[];
  redFlags: { key: string; title: string }[];
  exercise: {
    key: string;
    version: number;
    defects: DefectColumn[];
  } | null;
};

export type CandidateScore = {
  candidateId: string;
  code: string;
  name: string;
  raw: number;
  calibrated: number;
  se: number | null;
  low: number | null;
  high: number | null;
  displayLow: number;
  displayHigh: number;
  raters: number;
  singleRater: boolean;
  component: number;
  linked: boolean;
  flag: Flag;
  flagReasons: string[];
  adjustedRange: number;
  rwg: number | null;
  unexpectedRatings: number;
};

export type RatingStep = {
  candidateId: string;
  panelistId: string;
  panelist: string;
  /** The panelist's mean over the dimension's criteria. */
  raw: number;
  offset: number;
  adjusted: number;
  z: number | null;
  unexpected: boolean;
  criteria: { title: string; score: number }[];
};

export type PanelistOffset = {
  panelistId: string;
  panelist: string;
  offset: number;
  se: number | null;
  ratings: number;
  component: number;
};

export type DimensionComparison = {
  key: string;
  title: string;
  observations: number;
  nu: number;
  s: number | null;
  alpha: number | null;
  alphaStatus: AlphaStatus;
  /** Calibrated order, highest first; components after the main group, each in order. */
  scores: CandidateScore[];
  /** Candidate ids per linked group; group 0 is the main one. */
  components: string[][];
  adjacent: {
    higher: string;
    lower: string;
    probability: number | null;
  }[];
  /** Runs of candidate ids whose neighbours are too close to call. */
  tooCloseToCall: string[][];
  panelists: PanelistOffset[];
  ratings: RatingStep[];
};

export type RaisedFlagSummary = {
  key: string;
  title: string;
  raisedBy: { panelist: string; note: string }[];
};

export type DefectCell = {
  defectId: string;
  status: FindingStatus;
  found: boolean;
  /** What the review alone decided, before any panelist's override. */
  matched: boolean;
  matchedStatus: FindingStatus;
  override: { by: string; found: boolean; reason: string } | null;
};

export type ComparedCandidate = {
  id: string;
  name: string;
  email: string;
  code: string;
  decision: DecisionValue | null;
  submittedScorecards: number;
  recommendations: {
    panelist: string;
    key: RecommendationKey;
    label: string;
  }[];
  redFlags: RaisedFlagSummary[];
  /** Null when the candidate's attempt used another exercise (or none). */
  defects: DefectCell[] | null;
  /** How the review prioritised what it found, in words (context, not a score). */
  priorities: string | null;
};

export type PendingCandidate = {
  id: string;
  name: string;
  code: string;
  reason: "not submitted" | "awaiting scores";
};

export type Comparison = {
  /** Candidates with at least one submitted scorecard, by name. */
  candidates: ComparedCandidate[];
  /** The opening's other candidates, so nobody silently drops out of the picture. */
  pending: PendingCandidate[];
  dimensions: DimensionComparison[];
  defects: DefectColumn[];
  panelistCount: number;
};
