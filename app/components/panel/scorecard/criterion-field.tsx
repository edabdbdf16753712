// One criterion of the rubric: its four anchored levels as a radio group and the evidence
// note, which a 1 or a 4 requires.
import {
  evidenceField,
  evidenceRequired,
  LIMITS,
  scoreField,
} from "#app/domain/scorecard";
import { SCORES, type Score } from "#app/domain/content/constants";
import { chooseByDigit } from "./choose-by-digit";
import { errorId, FieldMessage } from "./field-errors";
import type {
  CriterionView,
  EvidenceSource,
  FieldState,
  RubricView,
} from "./types";

export function CriterionField({
  criterion,
  scale,
  score,
  state: { errors, initial },
  evidenceSources,
}: {
  criterion: CriterionView;
  scale: RubricView["scale"];
  /** The level chosen now. */
  score: Score | null;
  state: FieldState;
  evidenceSources: Record<string, EvidenceSource>;
}) {
  const scoreName = scoreField(criterion.key);
  const evidenceName = evidenceField(criterion.key);
  const needsEvidence = evidenceRequired(score);
  return (
    <fieldset
      id={`criterion-${criterion.key}`}
      aria-describedby={
        [`look-for-${criterion.key}`, errorId(errors, scoreName)]
          .filter(Boolean)
          .join(" ") || undefined
      }
      className="border-t border-slate-200 pt-4 first:border-t-0 first:pt-0"
    >
      <legend className="text-base font-semibold text-slate-900">
        {criterion.title}
      </legend>
      <p
        id={`look-for-${criterion.key}`}
        className="mt-1 text-sm text-slate-700"
      >
        <span className="font-medium text-slate-800">Look for:</span>{" "}
        {criterion.lookFor}
      </p>
      <p className="mt-1 text-xs text-slate-600">
        Evidence in:{" "}
        {criterion.evidence.map((key, index) => {
          const source = evidenceSources[key];
          return (
            <span key={key}>
              {index > 0 ? " · " : ""}
              {source ? (
                <a className="underline" href={source.href}>
                  {source.label}
                </a>
              ) : (
                key
              )}
            </span>
          );
        })}
      </p>
      <FieldMessage field={scoreName} errors={errors} />
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        {SCORES.map((level) => (
          <label
            key={level}
            className="has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-brand-700 has-[:focus-visible]:ring-brand-600 grid cursor-pointer grid-cols-[auto_1fr] content-start gap-x-2 gap-y-0.5 rounded-md border border-slate-300 p-2 text-sm hover:border-slate-500 has-checked:ring-1 has-[:focus-visible]:ring-2"
          >
            <input
              type="radio"
              id={`score-${criterion.key}-${level}`}
              name={scoreName}
              value={level}
              defaultChecked={initial(scoreName) === String(level)}
              onKeyDown={chooseByDigit}
              className="accent-brand-700 mt-0.5 size-4 shrink-0"
            />
            <span className="font-semibold text-slate-900">
              {level} · {scale[level].label}
            </span>{" "}
            <span className="col-start-2 text-slate-700">
              {criterion.levels[level]}
            </span>
            {criterion.examples?.[`${level}`] ? (
              <span className="col-start-2 text-xs text-slate-600">
                <span className="font-medium">In this exercise: </span>
                {criterion.examples[`${level}`]}
              </span>
            ) : null}
          </label>
        ))}
      </div>
      <div className="mt-2">
        <label
          htmlFor={`evidence-${criterion.key}`}
          className="text-sm font-medium text-slate-800"
        >
          Evidence note
          <span className="sr-only"> for “{criterion.title}”</span>{" "}
          <span className="font-normal text-slate-600">
            {needsEvidence
              ? `(required for a ${score})`
              : "(required for a 1 or a 4)"}
          </span>
        </label>
        <textarea
          id={`evidence-${criterion.key}`}
          name={evidenceName}
          rows={2}
          maxLength={LIMITS.evidence}
          defaultValue={initial(evidenceName) ?? ""}
          aria-invalid={errors[evidenceName]?.length ? true : undefined}
          aria-describedby={errorId(errors, evidenceName)}
          className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
        />
        <FieldMessage field={evidenceName} errors={errors} />
      </div>
    </fieldset>
  );
}
