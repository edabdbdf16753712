// The tech-lead ladder an opening targets: each level is a wider scope of impact.
export const TARGET_LEVELS = ["TL4", "TL5", "TL6", "TL7"] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

export const LEVEL_LABELS: Record<TargetLevel, string> = {
  TL4: "TL4 · leads a subsystem",
  TL5: "TL5 · leads a team's technical direction",
  TL6: "TL6 · shapes several teams",
  TL7: "TL7 · sets direction across the company",
};
