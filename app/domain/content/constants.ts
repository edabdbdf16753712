// Content vocabulary the browser needs too. Kept free of zod on purpose: a route that
// imports from a zod-building module ships zod to the client.

export const DIMENSIONS = [
  { key: "technical_depth", title: "Technical depth" },
  { key: "multiplier", title: "Team multiplier" },
] as const;
export type DimensionKey = (typeof DIMENSIONS)[number]["key"];
export const DIMENSION_KEYS = DIMENSIONS.map((dimension) => dimension.key);

export const SCORES = [1, 2, 3, 4] as const;
export type Score = (typeof SCORES)[number];

export const RECOMMENDATIONS = [
  { key: "strong_no", label: "Strong no" },
  { key: "no", label: "No" },
  { key: "yes", label: "Yes" },
  { key: "strong_yes", label: "Strong yes" },
] as const;
export type RecommendationKey = (typeof RECOMMENDATIONS)[number]["key"];
export const RECOMMENDATION_KEYS = RECOMMENDATIONS.map((r) => r.key);

// Both lists run from what must be fixed first to what may wait: the order a tech lead
// is expected to raise issues in a review (security > performance > style).
export const DEFECT_CATEGORIES = [
  "security",
  "correctness",
  "performance",
  "configuration",
  "testing",
  "style",
] as const;
export type DefectCategory = (typeof DEFECT_CATEGORIES)[number];

export const DEFECT_SEVERITIES = [
  "critical",
  "high",
  "medium",
  "low",
  "nit",
] as const;
export type DefectSeverity = (typeof DEFECT_SEVERITIES)[number];

export const REVIEW_SIDES = ["after", "before"] as const;
export type ReviewSide = (typeof REVIEW_SIDES)[number];

// The rubric's evidence list names question keys, plus this one for the PR review.
export const REVIEW_EVIDENCE = "review";
