// Debrief flags for one candidate in one dimension, from their adjusted ratings
// a_cr = y_cr − b_r and the panelists' raw criterion scores.
import { FLAG_RULES, THRESHOLD_SLACK } from "./settings";
import type { CalibrationNames } from "./types";

export type Flag = "none" | "amber" | "red";

/** One panelist's criterion scores for the candidate (one score per criterion). */
export type PanelistCriterionScores = {
  panelist: string;
  criteria: readonly { criterion: string; score: number }[];
};

export type CandidateFlags = {
  flag: Flag;
  /** Human sentences, red reasons first: "adjusted range 1.533", "r_wg 0.62 below 0.70", … */
  reasons: string[];
  /** max − min of the adjusted ratings (0 for a single rater). */
  adjustedRange: number;
  /** r_wg = 1 − s²_a / 1.25; null with fewer than two raters (no sample variance). */
  rwg: number | null;
};

/** `names` phrases the reasons; the ids themselves name things without it. */
export function flagCandidate(
  adjusted: readonly number[],
  criterionScores: readonly PanelistCriterionScores[] = [],
  names: Pick<CalibrationNames, "panelist" | "criterion"> = {},
): CandidateFlags {
  const panelistName = names.panelist ?? ((id: string) => id);
  const criterionName = names.criterion ?? ((id: string) => id);
  const red: string[] = [];
  const amber: string[] = [];

  const adjustedRange =
    adjusted.length > 0 ? Math.max(...adjusted) - Math.min(...adjusted) : 0;
  if (adjustedRange >= FLAG_RULES.redRange - THRESHOLD_SLACK) {
    red.push(`adjusted range ${floorTo(adjustedRange, 3)}`);
  } else if (adjustedRange >= FLAG_RULES.amberRange - THRESHOLD_SLACK) {
    amber.push(`adjusted range ${floorTo(adjustedRange, 3)}`);
  }

  const rwg = withinGroupAgreement(adjusted);
  if (rwg !== null && rwg < FLAG_RULES.minimumAgreement - THRESHOLD_SLACK) {
    amber.push(
      `r_wg ${floorTo(rwg, 2)} below ${FLAG_RULES.minimumAgreement.toFixed(2)}`,
    );
  }

  for (const gap of criterionGaps(criterionScores)) {
    red.push(
      `criterion ${criterionName(gap.criterion)}: panelists ${panelistName(gap.lowPanelist)} and ${panelistName(gap.highPanelist)} ` +
        `${formatLevels(gap.gap)} levels apart`,
    );
  }

  const flag: Flag =
    red.length > 0 ? "red" : amber.length > 0 ? "amber" : "none";
  return { flag, reasons: [...red, ...amber], adjustedRange, rwg };
}

/** r_wg against the uniform null on a 4-point scale; uses the sample variance (n − 1). */
export function withinGroupAgreement(
  adjusted: readonly number[],
): number | null {
  const n = adjusted.length;
  if (n < 2) return null;
  let mean = 0;
  for (const value of adjusted) mean += value;
  mean /= n;
  let squares = 0;
  for (const value of adjusted) squares += (value - mean) ** 2;
  return 1 - squares / (n - 1) / FLAG_RULES.uniformScaleVariance;
}

type CriterionGap = {
  criterion: string;
  gap: number;
  lowPanelist: string;
  highPanelist: string;
};

/** Criteria where the lowest and highest panelist are at least the red gap apart. */
function criterionGaps(
  panels: readonly PanelistCriterionScores[],
): CriterionGap[] {
  // A candidate has a handful of criteria: parallel arrays and a linear search beat a Map
  // per candidate, which dominated the 500-candidate benchmark.
  const names: string[] = [];
  const lows: { score: number; panelist: string }[] = [];
  const highs: { score: number; panelist: string }[] = [];
  for (const { panelist, criteria } of panels) {
    for (const { criterion, score } of criteria) {
      const k = names.indexOf(criterion);
      const low = lows[k];
      const high = highs[k];
      if (k < 0 || !low || !high) {
        names.push(criterion);
        lows.push({ score, panelist });
        highs.push({ score, panelist });
        continue;
      }
      if (score < low.score) lows[k] = { score, panelist };
      if (score > high.score) highs[k] = { score, panelist };
    }
  }
  const gaps: CriterionGap[] = [];
  names.forEach((criterion, k) => {
    const low = lows[k];
    const high = highs[k];
    if (!low || !high) return;
    const gap = high.score - low.score;
    if (gap >= FLAG_RULES.criterionGap - THRESHOLD_SLACK) {
      gaps.push({
        criterion,
        gap,
        lowPanelist: low.panelist,
        highPanelist: high.panelist,
      });
    }
  });
  return gaps;
}

function formatLevels(gap: number): string {
  return Number.isInteger(gap) ? String(gap) : gap.toFixed(2);
}

/**
 * Rounds down for display, so a sentence never contradicts its rule: r_wg 0.6996 reads
 * "0.69 below 0.70", not "0.70 below 0.70". The small nudge absorbs binary noise such as
 * 0.29 · 100 = 28.999999999999996.
 */
function floorTo(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  return (Math.floor(value * scale + 1e-6) / scale).toFixed(decimals);
}
