// One dimension of the rubric (technical depth or team multiplier) as its own section, with
// how many of its criteria are scored so far.
import type { Score } from "#app/domain/content/constants";
import { CriterionField } from "./criterion-field";
import type {
  DimensionView,
  EvidenceSource,
  FieldState,
  RubricView,
} from "./types";

const DIMENSION_ACCENT: Record<string, string> = {
  technical_depth: "border-t-sky-700",
  multiplier: "border-t-emerald-700",
};

export function DimensionSection({
  dimension,
  scale,
  scores,
  state,
  evidenceSources,
}: {
  dimension: DimensionView;
  scale: RubricView["scale"];
  /** The level chosen now for each criterion. */
  scores: Record<string, Score | null>;
  state: FieldState;
  evidenceSources: Record<string, EvidenceSource>;
}) {
  const scored = dimension.criteria.filter((c) => scores[c.key]).length;
  return (
    <section
      aria-labelledby={`dimension-${dimension.key}`}
      className={`rounded-lg border border-t-4 border-slate-200 bg-white p-4 shadow-sm ${DIMENSION_ACCENT[dimension.key] ?? "border-t-slate-500"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`dimension-${dimension.key}`} className="text-lg font-semibold">
          {dimension.title}
        </h3>
        <p className="text-sm text-slate-700">
          {scored} of {dimension.criteria.length} scored
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-700">{dimension.description}</p>
      <div className="mt-4 space-y-6">
        {dimension.criteria.map((criterion) => (
          <CriterionField
            key={criterion.key}
            criterion={criterion}
            scale={scale}
            score={scores[criterion.key] ?? null}
            state={state}
            evidenceSources={evidenceSources}
          />
        ))}
      </div>
    </section>
  );
}
