// The hiring manager's calibrated comparison of an opening, built from plain records: which
// scores count, how they are calibrated, and what else the panel said about each candidate.
// The result is plain data (no functions), so a loader can send it as it is.
import {
  calibrateOpening,
  type AlphaStatus,
  type DimensionCalibration,
  type Flag,
  type Rating,
} from "./calibration/index";
import {
  RECOMMENDATIONS,
  type DefectCategory,
  type DefectSeverity,
  type RecommendationKey,
} from "./content/constants";
import type {
  DefectOverride,
  FindingStatus,
  MatchableDefect,
} from "./defect-matcher";
import { reviewEvidence, type ReviewEvidence } from "./review-evidence";

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

const RECOMMENDATION_BY_VALUE = new Map<
  RecommendationValue,
  { key: RecommendationKey; label: string }
>(
  RECOMMENDATIONS.map((r) => [
    r.key.toUpperCase() as RecommendationValue,
    { key: r.key, label: r.label },
  ]),
);

export function recommendationLabel(value: RecommendationValue): {
  key: RecommendationKey;
  label: string;
} {
  return RECOMMENDATION_BY_VALUE.get(value) ?? { key: "no", label: value };
}

/** Only submitted scorecards count: a draft is a panelist's private working copy. */
export function submittedScorecards<T extends { status: ScorecardStatus }>(
  scorecards: readonly T[],
): T[] {
  return scorecards.filter((scorecard) => scorecard.status === "SUBMITTED");
}

/**
 * The names people read for panelists: their name, with the email added where two share
 * one, so every label names exactly one person.
 */
export function panelistLabels(
  panelists: readonly PanelistRecord[],
): Map<string, string> {
  const unique = new Map(panelists.map((p) => [p.id, p]));
  const byName = new Map<string, number>();
  for (const p of unique.values())
    byName.set(p.name, (byName.get(p.name) ?? 0) + 1);
  return new Map(
    [...unique.values()].map((p) => [
      p.id,
      (byName.get(p.name) ?? 0) > 1 ? `${p.name} (${p.email})` : p.name,
    ]),
  );
}

/** Criterion titles by key, with the key added where two criteria share a title. */
export function criterionLabels(
  criteria: ComparisonContent["criteria"],
): Map<string, string> {
  const titles = new Map<string, number>();
  for (const c of criteria) titles.set(c.title, (titles.get(c.title) ?? 0) + 1);
  return new Map(
    criteria.map((c) => [
      c.key,
      (titles.get(c.title) ?? 0) > 1 ? `${c.title} (${c.key})` : c.title,
    ]),
  );
}

/**
 * Calibration ratings from submitted scorecards, one per scored criterion. The ids are the
 * labels people read (candidate code, panelist name, criterion title): the engine phrases
 * its flag reasons and orders its ties in its ids, so readable ids give readable reasons.
 */
export function ratingsFromCandidates(
  candidates: readonly CandidateRecord[],
  labels: {
    panelists: ReadonlyMap<string, string>;
    criteria: ReadonlyMap<string, string>;
  },
): Rating[] {
  const order = [...labels.criteria.keys()];
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  const ratings: Rating[] = [];
  for (const candidate of candidates) {
    for (const scorecard of submittedScorecards(candidate.scorecards)) {
      const panelist =
        labels.panelists.get(scorecard.panelist.id) ?? scorecard.panelist.id;
      // Rubric order, so a drill-down lists a panelist's criterion scores the way the
      // rubric and the debrief do, whatever order the database returned them in.
      const entries = [...scorecard.criterionScores].sort(
        (a, b) => rank(a.criterionKey) - rank(b.criterionKey),
      );
      for (const entry of entries) {
        if (entry.score === null) continue;
        ratings.push({
          candidate: candidate.code,
          panelist,
          dimension: entry.dimension,
          criterion:
            labels.criteria.get(entry.criterionKey) ?? entry.criterionKey,
          score: entry.score,
        });
      }
    }
  }
  return ratings;
}

/**
 * What each candidate's review shows: the shared reading of the review (app/domain/
 * review-evidence), with every panelist's overrides (the latest per defect wins). Null when
 * the attempt used another exercise than the opening's, or there is none.
 */
export function candidateEvidence(
  candidate: CandidateRecord,
  exercise: ComparisonContent["exercise"],
  panelists: ReadonlyMap<string, string>,
): ReviewEvidence | null {
  const attempt = candidate.attempt;
  if (
    !exercise ||
    !attempt ||
    attempt.exerciseKey !== exercise.key ||
    attempt.exerciseVersion !== exercise.version
  ) {
    return null;
  }
  const overrides: DefectOverride[] = candidate.defectOverrides.map((o) => ({
    defectId: o.defectId,
    found: o.found,
    reason: o.reason,
    by: panelists.get(o.panelist.id) ?? o.panelist.name,
  }));
  return reviewEvidence(
    exercise.defects,
    {
      comments: attempt.reviewComments.map((comment) => ({
        id: comment.id,
        file: comment.filePath,
        side:
          comment.side === "AFTER" ? ("after" as const) : ("before" as const),
        startLine: comment.startLine,
        endLine: comment.endLine,
        body: comment.body,
        category: comment.category,
        severity: comment.severity,
      })),
      summary: attempt.reviewSummary?.body,
    },
    overrides,
  );
}

export function defectCells(
  evidence: ReviewEvidence | null,
): DefectCell[] | null {
  return (
    evidence?.findings.map((status) => ({
      defectId: status.id,
      status: status.status,
      found: status.found,
      matched: status.matched,
      matchedStatus: status.matchedStatus,
      override: status.override ?? null,
    })) ?? null
  );
}

function raisedFlags(
  scorecards: readonly ScorecardRecord[],
  content: ComparisonContent,
  panelists: ReadonlyMap<string, string>,
): RaisedFlagSummary[] {
  const titles = new Map(
    content.redFlags.map((flag) => [flag.key, flag.title]),
  );
  const order = new Map(content.redFlags.map((flag, i) => [flag.key, i]));
  const byKey = new Map<string, RaisedFlagSummary>();
  for (const scorecard of scorecards) {
    for (const flag of scorecard.redFlags) {
      const summary = byKey.get(flag.flagKey) ?? {
        key: flag.flagKey,
        title: titles.get(flag.flagKey) ?? flag.flagKey,
        raisedBy: [],
      };
      summary.raisedBy.push({
        panelist:
          panelists.get(scorecard.panelist.id) ?? scorecard.panelist.name,
        note: flag.note,
      });
      byKey.set(flag.flagKey, summary);
    }
  }
  // Most-raised first; the rubric's order breaks ties so the list reads the same each time.
  return [...byKey.values()].sort(
    (a, b) =>
      b.raisedBy.length - a.raisedBy.length ||
      (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity),
  );
}

function dimensionComparison(
  dimension: { key: string; title: string },
  calibration: DimensionCalibration | undefined,
  ids: {
    candidates: ReadonlyMap<string, { id: string; name: string }>;
    panelists: ReadonlyMap<string, string>;
  },
): DimensionComparison {
  const candidateId = (code: string) => ids.candidates.get(code)?.id ?? code;
  const panelistId = (label: string) => ids.panelists.get(label) ?? label;
  if (!calibration) {
    return {
      key: dimension.key,
      title: dimension.title,
      observations: 0,
      nu: 0,
      s: null,
      alpha: null,
      alphaStatus: "insufficient data",
      scores: [],
      components: [],
      adjacent: [],
      tooCloseToCall: [],
      panelists: [],
      ratings: [],
    };
  }
  const scores: CandidateScore[] = calibration.candidates.map((entry) => ({
    candidateId: candidateId(entry.candidate),
    code: entry.candidate,
    name: ids.candidates.get(entry.candidate)?.name ?? entry.candidate,
    raw: entry.raw,
    calibrated: entry.calibrated,
    se: entry.se,
    low: entry.low,
    high: entry.high,
    displayLow: entry.displayLow,
    displayHigh: entry.displayHigh,
    raters: entry.raters,
    singleRater: entry.singleRater,
    component: entry.component,
    linked: entry.linked,
    flag: entry.flag,
    flagReasons: entry.flagReasons,
    adjustedRange: entry.adjustedRange,
    rwg: entry.rwg,
    unexpectedRatings: entry.unexpectedRatings,
  }));
  // Group by component, keeping calibrated order inside each, so a plot never interleaves
  // candidates that were not calibrated against each other.
  scores.sort((a, b) => a.component - b.component);
  return {
    key: dimension.key,
    title: dimension.title,
    observations: calibration.observations,
    nu: calibration.nu,
    s: calibration.s,
    alpha: calibration.alpha,
    alphaStatus: calibration.alphaStatus,
    scores,
    components: calibration.components.map((component) =>
      component.candidates.map(candidateId),
    ),
    adjacent: calibration.adjacent.map((pair) => ({
      higher: candidateId(pair.higher),
      lower: candidateId(pair.lower),
      probability: pair.probability,
    })),
    tooCloseToCall: calibration.tooCloseToCall.map((run) =>
      run.map(candidateId),
    ),
    panelists: calibration.panelists.map((entry) => ({
      panelistId: panelistId(entry.panelist),
      panelist: entry.panelist,
      offset: entry.offset,
      se: entry.se,
      ratings: entry.ratings,
      component: entry.component,
    })),
    ratings: calibration.ratings.map((rating) => ({
      candidateId: candidateId(rating.candidate),
      panelistId: panelistId(rating.panelist),
      panelist: rating.panelist,
      raw: rating.raw,
      offset: rating.offset,
      adjusted: rating.adjusted,
      z: rating.z,
      unexpected: rating.unexpected,
      criteria: rating.criteria.map((c) => ({
        title: c.criterion,
        score: c.score,
      })),
    })),
  };
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, "en", { sensitivity: "base" });

/** The whole comparison of one opening's candidates. */
export function buildComparison(
  candidates: readonly CandidateRecord[],
  content: ComparisonContent,
): Comparison {
  const panelistRecords = candidates.flatMap((candidate) => [
    ...candidate.scorecards.map((scorecard) => scorecard.panelist),
    ...candidate.defectOverrides.map((override) => override.panelist),
  ]);
  const panelists = panelistLabels(panelistRecords);
  const criteria = criterionLabels(content.criteria);
  const scored = candidates.filter(
    (candidate) => submittedScorecards(candidate.scorecards).length > 0,
  );
  const calibration = calibrateOpening(
    ratingsFromCandidates(scored, { panelists, criteria }),
  );

  const candidatesByCode = new Map(
    scored.map((candidate) => [
      candidate.code,
      { id: candidate.id, name: candidate.name },
    ]),
  );
  const panelistIdByLabel = new Map(
    [...panelists].map(([id, label]) => [label, id]),
  );
  const dimensions = content.dimensions.map((dimension) =>
    dimensionComparison(dimension, calibration.dimensions[dimension.key], {
      candidates: candidatesByCode,
      panelists: panelistIdByLabel,
    }),
  );

  const compared: ComparedCandidate[] = scored
    .map((candidate) => {
      const submitted = submittedScorecards(candidate.scorecards);
      const evidence = candidateEvidence(
        candidate,
        content.exercise,
        panelists,
      );
      const recommendations = submitted
        .flatMap((scorecard) =>
          scorecard.recommendation
            ? [
                {
                  panelist:
                    panelists.get(scorecard.panelist.id) ??
                    scorecard.panelist.name,
                  ...recommendationLabel(scorecard.recommendation),
                },
              ]
            : [],
        )
        .sort((a, b) => a.panelist.localeCompare(b.panelist));
      return {
        id: candidate.id,
        name: candidate.name,
        email: candidate.email,
        code: candidate.code,
        decision: candidate.decision,
        submittedScorecards: submitted.length,
        recommendations,
        redFlags: raisedFlags(submitted, content, panelists),
        defects: defectCells(evidence),
        priorities: evidence?.priorities.sentence ?? null,
      };
    })
    .sort(byName);

  const pending: PendingCandidate[] = candidates
    .filter((candidate) => !scored.includes(candidate))
    .map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      code: candidate.code,
      reason: candidate.attempt?.submittedAt
        ? ("awaiting scores" as const)
        : ("not submitted" as const),
    }))
    .sort(byName);

  const scoringPanelists = new Set(
    scored.flatMap((candidate) =>
      submittedScorecards(candidate.scorecards).map((s) => s.panelist.id),
    ),
  );

  return {
    candidates: compared,
    pending,
    dimensions,
    defects: content.exercise?.defects ?? [],
    panelistCount: scoringPanelists.size,
  };
}

// ---- CSV export -------------------------------------------------------------------------

export const COMPARISON_CSV_COLUMNS = [
  "candidate_code",
  "candidate_name",
  "dimension",
  "calibrated",
  "se",
  "low",
  "high",
  "raw_mean",
  "raters",
  "linked_group",
  "flag",
  "flag_reasons",
  "recommendations",
  "red_flags_raised",
  "defects_found",
  "defects_found_count",
  "defects_possible",
  "prioritisation",
  "decision",
] as const;

/**
 * One CSV field. Quoted when it holds a comma, quote or line break (RFC 4180). Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * names and notes come from people, and a cell must never execute.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(roundForExport(value)) : "";
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function roundForExport(value: number): number {
  // Six decimals: the precision the method's worked example is checked to, without float noise.
  return Math.round(value * 1e6) / 1e6;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return values.map(csvField).join(",");
}

/** One row per candidate × dimension, in calibrated order within each dimension. */
export function comparisonCsv(comparison: Comparison): string {
  const candidates = new Map(comparison.candidates.map((c) => [c.id, c]));
  const lines = [csvLine(COMPARISON_CSV_COLUMNS)];
  for (const dimension of comparison.dimensions) {
    for (const score of dimension.scores) {
      const candidate = candidates.get(score.candidateId);
      const found = candidate?.defects?.filter((cell) => cell.found) ?? null;
      const possible =
        candidate?.defects?.filter((cell) => cell.status === "possible") ??
        null;
      lines.push(
        csvLine([
          score.code,
          score.name,
          dimension.key,
          score.calibrated,
          score.se,
          score.low,
          score.high,
          score.raw,
          score.raters,
          score.component + 1,
          score.flag,
          score.flagReasons.join("; "),
          candidate?.recommendations
            .map((r) => `${r.panelist}: ${r.label}`)
            .join("; ") ?? "",
          candidate?.redFlags
            .map((flag) => `${flag.key} x${flag.raisedBy.length}`)
            .join("; ") ?? "",
          found?.map((cell) => cell.defectId).join("; ") ?? "",
          found ? found.length : null,
          possible?.map((cell) => cell.defectId).join("; ") ?? "",
          candidate?.priorities ?? "",
          candidate?.decision?.toLowerCase() ?? "",
        ]),
      );
    }
  }
  // CRLF, as RFC 4180 and spreadsheet imports expect.
  return `${lines.join("\r\n")}\r\n`;
}
