// A candidate's debrief: every submitted scorecard side by side, criterion by criterion, and
// the agenda the panel should talk through first (where they disagree, and why it matters).
import { FLAG_RULES, THRESHOLD_SLACK } from "./calibration/index";
import {
  criterionLabels,
  panelistLabels,
  recommendationLabel,
  submittedScorecards,
  type ComparisonContent,
  type DimensionComparison,
  type ScorecardRecord,
} from "./comparison";
import type { RecommendationKey } from "./content/constants";

export type DebriefCell = { score: number | null; evidence: string };

export type DebriefRow = {
  criterionKey: string;
  title: string;
  /** One cell per panelist, in DebriefSheet.panelists order. */
  cells: DebriefCell[];
  /** Highest minus lowest score; null with fewer than two scores. */
  spread: number | null;
  onAgenda: boolean;
};

export type DebriefPanelist = {
  id: string;
  label: string;
  recommendation: { key: RecommendationKey; label: string } | null;
  summary: string;
  submittedAt: string | null;
  redFlags: { key: string; title: string; note: string }[];
};

export type DebriefDimension = {
  key: string;
  title: string;
  rows: DebriefRow[];
  /** Each panelist's mean over the dimension's scored criteria (null when none). */
  means: (number | null)[];
  /** The candidate's calibrated result in this dimension, when there is one. */
  calibrated: {
    calibrated: number;
    low: number | null;
    high: number | null;
    raw: number;
    raters: number;
    flag: "none" | "amber" | "red";
    linked: boolean;
  } | null;
};

export type AgendaItem =
  | {
      kind: "criterion";
      criterionKey: string;
      title: string;
      dimension: string;
      spread: number;
      low: { score: number; panelists: string[] };
      high: { score: number; panelists: string[] };
    }
  | {
      kind: "red-flag";
      title: string;
      raisedBy: string[];
    }
  | {
      kind: "disagreement";
      dimension: string;
      flag: "amber" | "red";
      adjustedRange: number;
      rwg: number | null;
    }
  | {
      kind: "unexpected";
      dimension: string;
      panelist: string;
      raw: number;
      adjusted: number;
      direction: "higher" | "lower";
    };

type CriterionItem = Extract<AgendaItem, { kind: "criterion" }>;

export type DebriefSheet = {
  panelists: DebriefPanelist[];
  dimensions: DebriefDimension[];
  agenda: AgendaItem[];
};

/** True when two panelists are far enough apart on a criterion to talk it through. */
export function isAgendaGap(spread: number | null): spread is number {
  return spread !== null && spread >= FLAG_RULES.criterionGap - THRESHOLD_SLACK;
}

function spreadOf(scores: readonly (number | null)[]): number | null {
  const scored = scores.filter((score): score is number => score !== null);
  if (scored.length < 2) return null;
  return Math.max(...scored) - Math.min(...scored);
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Builds the side-by-side sheet from the candidate's scorecards (drafts are dropped here,
 * whatever the caller passed) and, when given, the opening's calibration for the agenda.
 */
export function buildDebrief(input: {
  candidateId: string;
  content: Pick<ComparisonContent, "dimensions" | "criteria" | "redFlags">;
  scorecards: readonly ScorecardRecord[];
  calibration?: readonly DimensionComparison[];
}): DebriefSheet {
  const submitted = submittedScorecards(input.scorecards);
  const labels = panelistLabels(submitted.map((s) => s.panelist));
  const criterionTitles = criterionLabels(input.content.criteria);
  const flagTitles = new Map(
    input.content.redFlags.map((flag) => [flag.key, flag.title]),
  );
  const ordered = [...submitted].sort((a, b) =>
    (labels.get(a.panelist.id) ?? "").localeCompare(
      labels.get(b.panelist.id) ?? "",
    ),
  );
  const panelists: DebriefPanelist[] = ordered.map((scorecard) => ({
    id: scorecard.panelist.id,
    label: labels.get(scorecard.panelist.id) ?? scorecard.panelist.name,
    recommendation: scorecard.recommendation
      ? recommendationLabel(scorecard.recommendation)
      : null,
    summary: scorecard.summary,
    submittedAt:
      scorecard.submittedAt === null
        ? null
        : new Date(scorecard.submittedAt).toISOString(),
    redFlags: scorecard.redFlags.map((flag) => ({
      key: flag.flagKey,
      title: flagTitles.get(flag.flagKey) ?? flag.flagKey,
      note: flag.note,
    })),
  }));

  const gaps: CriterionItem[] = [];
  const dimensions: DebriefDimension[] = input.content.dimensions.map(
    (dimension) => {
      // The rubric's criteria in its order, then any a scorecard has that the rubric lacks
      // (a scorecard given against another version), so no score is hidden.
      const keys = input.content.criteria
        .filter((criterion) => criterion.dimension === dimension.key)
        .map((criterion) => criterion.key);
      for (const scorecard of ordered) {
        for (const entry of scorecard.criterionScores) {
          if (
            entry.dimension === dimension.key &&
            !keys.includes(entry.criterionKey)
          )
            keys.push(entry.criterionKey);
        }
      }
      const rows: DebriefRow[] = keys.map((criterionKey) => {
        const cells = ordered.map((scorecard) => {
          const entry = scorecard.criterionScores.find(
            (c) => c.criterionKey === criterionKey,
          );
          return {
            score: entry?.score ?? null,
            evidence: entry?.evidence ?? "",
          };
        });
        const spread = spreadOf(cells.map((cell) => cell.score));
        const title = criterionTitles.get(criterionKey) ?? criterionKey;
        if (isAgendaGap(spread)) {
          gaps.push(
            criterionItem(
              criterionKey,
              title,
              dimension.title,
              cells,
              panelists,
            ),
          );
        }
        return {
          criterionKey,
          title,
          cells,
          spread,
          onAgenda: isAgendaGap(spread),
        };
      });
      const means = ordered.map((scorecard) =>
        mean(
          scorecard.criterionScores
            .filter((c) => c.dimension === dimension.key && c.score !== null)
            .map((c) => c.score ?? 0),
        ),
      );
      const calibration = input.calibration?.find(
        (d) => d.key === dimension.key,
      );
      const score = calibration?.scores.find(
        (s) => s.candidateId === input.candidateId,
      );
      return {
        key: dimension.key,
        title: dimension.title,
        rows,
        means,
        calibrated: score
          ? {
              calibrated: score.calibrated,
              low: score.low,
              high: score.high,
              raw: score.raw,
              raters: score.raters,
              flag: score.flag,
              linked: score.linked,
            }
          : null,
      };
    },
  );
  // Widest gaps first (rubric order among equals): the most likely to change a
  // recommendation, so the panel reaches them before time runs out.
  const agenda: AgendaItem[] = gaps.sort((a, b) => b.spread - a.spread);

  const raised = new Map<string, string[]>();
  for (const panelist of panelists) {
    for (const flag of panelist.redFlags) {
      raised.set(flag.title, [
        ...(raised.get(flag.title) ?? []),
        panelist.label,
      ]);
    }
  }
  for (const [title, raisedBy] of raised)
    agenda.push({ kind: "red-flag", title, raisedBy });

  for (const calibration of input.calibration ?? []) {
    const score = calibration.scores.find(
      (s) => s.candidateId === input.candidateId,
    );
    if (!score) continue;
    const disagrees =
      score.adjustedRange >= FLAG_RULES.amberRange - THRESHOLD_SLACK ||
      (score.rwg !== null &&
        score.rwg < FLAG_RULES.minimumAgreement - THRESHOLD_SLACK);
    if (disagrees) {
      agenda.push({
        kind: "disagreement",
        dimension: calibration.title,
        // From the spread alone: a criterion gap has its own agenda item above.
        flag:
          score.adjustedRange >= FLAG_RULES.redRange - THRESHOLD_SLACK
            ? "red"
            : "amber",
        adjustedRange: score.adjustedRange,
        rwg: score.rwg,
      });
    }
    for (const rating of calibration.ratings) {
      if (rating.candidateId !== input.candidateId || !rating.unexpected)
        continue;
      agenda.push({
        kind: "unexpected",
        dimension: calibration.title,
        panelist: rating.panelist,
        raw: rating.raw,
        adjusted: rating.adjusted,
        direction: (rating.z ?? 0) > 0 ? "higher" : "lower",
      });
    }
  }

  return { panelists, dimensions, agenda };
}

function criterionItem(
  criterionKey: string,
  title: string,
  dimension: string,
  cells: readonly DebriefCell[],
  panelists: readonly DebriefPanelist[],
): CriterionItem {
  const scored = cells.flatMap((cell, i) =>
    cell.score === null
      ? []
      : [{ score: cell.score, panelist: panelists[i]?.label ?? "" }],
  );
  const low = Math.min(...scored.map((s) => s.score));
  const high = Math.max(...scored.map((s) => s.score));
  return {
    kind: "criterion",
    criterionKey,
    title,
    dimension,
    spread: high - low,
    low: {
      score: low,
      panelists: scored.filter((s) => s.score === low).map((s) => s.panelist),
    },
    high: {
      score: high,
      panelists: scored.filter((s) => s.score === high).map((s) => s.panelist),
    },
  };
}
