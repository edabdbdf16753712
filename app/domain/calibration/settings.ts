// The calibration model's settings and the fixed thresholds its flags use (CALIBRATION.md).

export type CalibrationSettings = {
  /** Ridge penalty on panelist offsets: b_r ~ N(0, σ²/λ). Must be > 0. */
  lambda: number;
  /** Prior guess of the rating noise σ (in score levels). */
  s0: number;
  /** Weight of that prior guess, in pseudo-observations. */
  nu0: number;
  /** Two-sided interval coverage, e.g. 0.95. */
  level: number;
};

export const DEFAULT_SETTINGS: Readonly<CalibrationSettings> = Object.freeze({
  lambda: 1,
  s0: 0.5,
  nu0: 2,
  level: 0.95,
});

/** The rubric's level scale; only displayed intervals are clamped to it. */
export const SCORE_SCALE = { min: 1, max: 4 } as const;

export const FLAG_RULES = {
  /** Range of a candidate's adjusted ratings that makes the flag amber. */
  amberRange: 1.0,
  /** Range of a candidate's adjusted ratings that makes the flag red. */
  redRange: 1.5,
  /** r_wg below this makes the flag amber. */
  minimumAgreement: 0.7,
  /** Variance of a uniform distribution over a 4-point scale: (4² − 1) / 12. */
  uniformScaleVariance: 1.25,
  /** Two panelists this many levels apart on one criterion make the flag red. */
  criterionGap: 2,
  /** |z| at or above this marks a rating as unexpected. */
  unexpectedZ: 2,
  /** Adjacent candidates with P(higher > lower) below this are too close to call. */
  tooCloseToCall: 0.8,
} as const;

/**
 * Slack for threshold comparisons: a range that is 1.5 on paper may come out of the fit as
 * 1.4999999999999998, and a rule must not flip on rounding.
 */
export const THRESHOLD_SLACK = 1e-9;

export function resolveSettings(
  overrides: Partial<CalibrationSettings> = {},
): CalibrationSettings {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  if (!(settings.lambda > 0) || !Number.isFinite(settings.lambda)) {
    // λ = 0 leaves one offset per linked group unidentified (the system is singular).
    throw new RangeError(
      `calibration setting lambda must be a positive number, got ${settings.lambda}`,
    );
  }
  if (!(settings.s0 >= 0) || !Number.isFinite(settings.s0)) {
    throw new RangeError(
      `calibration setting s0 must be ≥ 0, got ${settings.s0}`,
    );
  }
  if (!(settings.nu0 >= 0) || !Number.isFinite(settings.nu0)) {
    throw new RangeError(
      `calibration setting nu0 must be ≥ 0, got ${settings.nu0}`,
    );
  }
  if (!(settings.level > 0 && settings.level < 1)) {
    throw new RangeError(
      `calibration setting level must be between 0 and 1, got ${settings.level}`,
    );
  }
  return settings;
}
