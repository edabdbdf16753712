// The hiring manager's calibrated comparison of an opening, built from plain records: which
// scores count, how they are calibrated, and what else the panel said about each candidate.
// The result is plain data (no functions), so a loader can send it as it is.
import { calibrateOpening } from "../calibration/index";
import { candidateEvidence, defectCells } from "./defect-cells";
import { dimensionComparison } from "./dimension-comparison";
import { criterionLabels, panelistLabels, recommendationLabel } from "./labels";
import { ratingsFromCandidates, submittedScorecards } from "./ratings";
import type {
  CandidateRecord,
  ComparedCandidate,
  Comparison,
  ComparisonContent,
  PendingCandidate,
  RaisedFlagSummary,
  ScorecardRecord,
} from "./types";

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
  const candidateLabels = new Map(
    scored.map((candidate) => [
      candidate.id,
      { code: candidate.code, name: candidate.name },
    ]),
  );
  // The engine works on ids; the names are how it breaks ties and words its flag reasons,
  // so both read the way people name candidates, panelists and criteria.
  const calibration = calibrateOpening(
    ratingsFromCandidates(
      scored,
      content.criteria.map((criterion) => criterion.key),
    ),
    {},
    {
      candidate: (id) => candidateLabels.get(id)?.code ?? id,
      panelist: (id) => panelists.get(id) ?? id,
      criterion: (key) => criteria.get(key) ?? key,
    },
  );
  const dimensions = content.dimensions.map((dimension) =>
    dimensionComparison(dimension, calibration.dimensions[dimension.key], {
      candidates: candidateLabels,
      panelists,
      criteria,
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
