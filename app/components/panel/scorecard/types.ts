// The shapes the scorecard's parts share: the rubric as the page shows it, where each kind of
// evidence lives on the page, and what each part reads of the form's state.
import type { Score } from "#app/domain/content/constants";
import type { FieldErrors } from "#app/domain/scorecard";

type Levels = { 1: string; 2: string; 3: string; 4: string };

export type RubricView = {
  scale: Record<Score, { label: string; summary: string }>;
  recommendations: readonly {
    key: string;
    label: string;
    description: string;
  }[];
  dimensions: readonly DimensionView[];
  redFlags: readonly { key: string; title: string; description: string }[];
};

export type DimensionView = {
  key: string;
  title: string;
  description: string;
  criteria: readonly CriterionView[];
};

export type CriterionView = {
  key: string;
  title: string;
  lookFor: string;
  levels: Levels;
  evidence: readonly string[];
  /** This exercise's concrete example of a level, beside the rubric's general text. */
  examples?: Partial<Record<"1" | "2" | "3" | "4", string>>;
};

export type EvidenceSource = { key: string; label: string; href: string };

/**
 * What each part of the form reads of conform's state, by field name (`score.<criterion>`):
 * the value a field starts with (the stored draft, or what a failed submission sent back),
 * its value now, and the errors to show.
 */
export type FieldState = {
  errors: FieldErrors;
  initial: (name: string) => string | undefined;
  current: (name: string) => string | undefined;
};
