// The hiring manager's calibrated comparison of an opening: its data (types), how it is
// built (build-comparison and the steps beside it) and its CSV export.
export { buildComparison } from "./build-comparison";
export {
  COMPARISON_CSV_COLUMNS,
  comparisonCsv,
  csvField,
  csvLine,
} from "./csv";
export { candidateEvidence, defectCells } from "./defect-cells";
export { criterionLabels, panelistLabels, recommendationLabel } from "./labels";
export { ratingsFromCandidates, submittedScorecards } from "./ratings";
export type * from "./types";
