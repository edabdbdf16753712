// The names people read for the comparison's panelists, criteria and recommendations: each
// label names exactly one thing, so it can stand in a sentence or a column on its own.
import { RECOMMENDATIONS, type RecommendationKey } from "../content/constants";
import type {
  ComparisonContent,
  PanelistRecord,
  RecommendationValue,
} from "./types";

const RECOMMENDATION_BY_VALUE = new Map<
  RecommendationValue,
  { key: RecommendationKey; label: string }
>(
  RECOMMENDATIONS.map((r) => [
    r.key.toUpperCase() as RecommendationValue,
    { key: r.key, label: r.label },
  ]),
);

export function recommendationLabel(value: RecommendationValue): {
  key: RecommendationKey;
  label: string;
} {
  return RECOMMENDATION_BY_VALUE.get(value) ?? { key: "no", label: value };
}

/**
 * The names people read for panelists: their name, with the email added where two share
 * one, so every label names exactly one person.
 */
export function panelistLabels(
  panelists: readonly PanelistRecord[],
): Map<string, string> {
  const unique = new Map(panelists.map((p) => [p.id, p]));
  const byName = new Map<string, number>();
  for (const p of unique.values())
    byName.set(p.name, (byName.get(p.name) ?? 0) + 1);
  return new Map(
    [...unique.values()].map((p) => [
      p.id,
      (byName.get(p.name) ?? 0) > 1 ? `${p.name} (${p.email})` : p.name,
    ]),
  );
}

/** Criterion titles by key, with the key added where two criteria share a title. */
export function criterionLabels(
  criteria: ComparisonContent["criteria"],
): Map<string, string> {
  const titles = new Map<string, number>();
  for (const c of criteria) titles.set(c.title, (titles.get(c.title) ?? 0) + 1);
  return new Map(
    criteria.map((c) => [
      c.key,
      (titles.get(c.title) ?? 0) > 1 ? `${c.title} (${c.key})` : c.title,
    ]),
  );
}
