// What goes into a calibration and what comes out of it, per dimension.
import type { Flag } from "./flags";
import type { AlphaStatus } from "./krippendorff";
import type { CalibrationSettings } from "./settings";

/**
 * One score from a submitted scorecard. With `criterion`, it is a 1–4 criterion score and
 * the panelist's scores in the dimension are averaged first; without it, `score` already is
 * the panelist's dimension mean.
 */
export type Rating = {
  candidate: string;
  panelist: string;
  dimension: string;
  criterion?: string;
  score: number;
};

/**
 * How people read the ids of a calibration. The engine breaks ties in calibrated order, orders
 * panelists and names panelists and criteria in its flag reasons by these names, so ids can
 * stay ids; without a name, it uses the id itself (the command line's ids are already names).
 */
export type CalibrationNames = {
  candidate?: (id: string) => string;
  panelist?: (id: string) => string;
  criterion?: (id: string) => string;
};

export type CandidateCalibration = {
  candidate: string;
  /** Mean of the panelists' dimension means, before calibration. */
  raw: number;
  /** α_c: the mean of the candidate's ratings after removing each rater's offset. */
  calibrated: number;
  /** Standard error of `calibrated`; null when ν ≤ 0 (see DimensionCalibration.s). */
  se: number | null;
  /** The unclamped interval calibrated ± t·se; null when se is. */
  low: number | null;
  high: number | null;
  /** The interval clamped to the 1–4 scale for the plot (the whole scale when unknown). */
  displayLow: number;
  displayHigh: number;
  /** n_c, the panelists who rated this candidate in this dimension. */
  raters: number;
  singleRater: boolean;
  /** Index into DimensionCalibration.components; 0 is the main linked group. */
  component: number;
  /**
   * False outside the main linked group (component 0): the page shows "not linked" and
   * never ranks the candidate against the main group.
   */
  linked: boolean;
  /** Candidates in the same component, this one included. */
  componentSize: number;
  flag: Flag;
  flagReasons: string[];
  adjustedRange: number;
  rwg: number | null;
  /** Ratings of this candidate with |z| ≥ 2. */
  unexpectedRatings: number;
};

export type PanelistCalibration = {
  panelist: string;
  /** b_r: positive is lenient (scores above consensus), negative is harsh. */
  offset: number;
  se: number | null;
  /** n_r, the candidates this panelist rated in this dimension. */
  ratings: number;
  component: number;
};

/** One candidate × panelist observation, for the drill-down rating → offset → adjusted. */
export type RatingCalibration = {
  candidate: string;
  panelist: string;
  /** y_cr, the panelist's dimension mean for the candidate. */
  raw: number;
  offset: number;
  /** a_cr = y_cr − b_r. */
  adjusted: number;
  /** e = y_cr − α_c − b_r. */
  residual: number;
  /** e / s; null when s is null or 0. */
  z: number | null;
  unexpected: boolean;
  /** The criterion scores behind `raw` (empty when the input had dimension means). */
  criteria: readonly { criterion: string; score: number }[];
};

export type LinkedComponent = {
  id: number;
  /** In calibrated order, highest first. */
  candidates: string[];
  panelists: string[];
  /** Σ b_r over the component's panelists: 0 up to rounding, by construction. */
  offsetSum: number;
};

export type AdjacentComparison = {
  higher: string;
  lower: string;
  /** P(higher > lower); null when the noise level is undefined (ν ≤ 0). */
  probability: number | null;
};

export type DimensionCalibration = {
  dimension: string;
  settings: CalibrationSettings;
  /** N, the candidate × panelist observations. */
  observations: number;
  /** ν = N − C + ν₀, the degrees of freedom of s. */
  nu: number;
  /** Posterior noise level s; null when ν ≤ 0 (then every se, interval and P is null). */
  s: number | null;
  /** The Student-t quantile t_{ν,(1+level)/2} the intervals use; null with s. */
  t: number | null;
  /** Krippendorff's α (interval) on the raw matrix; null when undefined. */
  alpha: number | null;
  alphaStatus: AlphaStatus;
  /** Highest calibrated first (ties by candidate id). */
  candidates: CandidateCalibration[];
  /** Ordered by panelist id. */
  panelists: PanelistCalibration[];
  /** Candidates in calibrated order, then panelist id. */
  ratings: RatingCalibration[];
  /**
   * Groups linked through shared panelists, largest first (ties: the group holding the
   * higher-ranked candidate first), so component 0 is the main group.
   */
  components: LinkedComponent[];
  /** Neighbours in calibrated order within each component. */
  adjacent: AdjacentComparison[];
  /** Runs of adjacent candidates (same component) with P(higher > lower) < 0.8. */
  tooCloseToCall: string[][];
  /**
   * P(a > b), or null across components, for unknown or identical candidates, and when ν ≤ 0.
   * A closure over the fit: not serialisable, so a loader sends `adjacent` or a
   * `pairwiseMatrix(...)` instead.
   */
  pairwise: (a: string, b: string) => number | null;
};

export type OpeningCalibration = {
  dimensions: Record<string, DimensionCalibration>;
};
