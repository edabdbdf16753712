// Calibrated comparison of an opening's candidates (method: shared/CALIBRATION.md).
export {
  calibrateDimension,
  calibrateOpening,
  compareIds,
  pairwiseMatrix,
} from "./calibrate";
export { observationsByDimension, type PanelObservation } from "./aggregate";
export {
  flagCandidate,
  withinGroupAgreement,
  type CandidateFlags,
  type Flag,
} from "./flags";
export {
  ALPHA_THRESHOLDS,
  alphaStatus,
  krippendorffAlphaInterval,
  type AlphaStatus,
} from "./krippendorff";
export {
  DEFAULT_SETTINGS,
  FLAG_RULES,
  SCORE_SCALE,
  THRESHOLD_SLACK,
  resolveSettings,
  type CalibrationSettings,
} from "./settings";
export { studentTCdf, studentTQuantile } from "./student-t";
export type {
  AdjacentComparison,
  CalibrationNames,
  CandidateCalibration,
  DimensionCalibration,
  LinkedComponent,
  OpeningCalibration,
  PanelistCalibration,
  Rating,
  RatingCalibration,
} from "./types";
