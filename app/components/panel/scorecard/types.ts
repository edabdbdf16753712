// The shapes the scorecard's parts share: the rubric as the page shows it, where each kind of
// evidence lives on the page, and what a failed submission posted back.
import type { Score } from "#app/domain/content/constants";

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

export type Submitted = { values?: Record<string, string | string[]> };

// Which value to show: what the panelist just posted (a failed submit without JavaScript),
// else what is stored.
export function posted(failure: Submitted | undefined, name: string) {
  const value = failure?.values?.[name];
  return typeof value === "string" ? value : undefined;
}
