// The scorecard's overall part: the recommendation, the summary for the debrief and, when a
// submitted scorecard is amended, the reason the audit trail keeps.
import { LIMITS } from "#app/domain/scorecard";
import { chooseByDigit } from "./choose-by-digit";
import { errorId, FieldMessage } from "./field-errors";
import type { FieldState, RubricView } from "./types";

export function OverallSection({
  mode,
  recommendations,
  state: { errors, initial },
}: {
  mode: "draft" | "amend";
  recommendations: RubricView["recommendations"];
  state: FieldState;
}) {
  return (
    <section
      aria-labelledby="overall-heading"
      className="rounded-lg border border-t-4 border-slate-200 border-t-slate-700 bg-white p-4 shadow-sm"
    >
      <h3 id="overall-heading" className="text-lg font-semibold">
        Overall
      </h3>
      <fieldset
        className="mt-2"
        aria-describedby={errorId(errors, "recommendation")}
      >
        <legend className="text-sm font-medium text-slate-800">
          Recommendation
        </legend>
        <FieldMessage field="recommendation" errors={errors} />
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          {recommendations.map((recommendation, index) => (
            <label
              key={recommendation.key}
              className="has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-brand-700 has-[:focus-visible]:ring-brand-600 grid cursor-pointer grid-cols-[auto_1fr] content-start gap-x-2 gap-y-0.5 rounded-md border border-slate-300 p-2 text-sm hover:border-slate-500 has-checked:ring-1 has-[:focus-visible]:ring-2"
            >
              <input
                type="radio"
                id={`recommendation-${index + 1}`}
                name="recommendation"
                value={recommendation.key}
                defaultChecked={
                  initial("recommendation") === recommendation.key
                }
                onKeyDown={chooseByDigit}
                className="accent-brand-700 mt-0.5 size-4 shrink-0"
              />
              <span className="font-semibold">{recommendation.label}</span>{" "}
              <span className="col-start-2 text-slate-700">
                {recommendation.description}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4">
        <label
          htmlFor="scorecard-summary"
          className="text-sm font-medium text-slate-800"
        >
          Summary for the debrief
        </label>
        <textarea
          id="scorecard-summary"
          name="summary"
          rows={4}
          maxLength={LIMITS.summary}
          defaultValue={initial("summary") ?? ""}
          aria-invalid={errors.summary?.length ? true : undefined}
          aria-describedby={errorId(errors, "summary")}
          className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
        />
        <FieldMessage field="summary" errors={errors} />
      </div>
      {mode === "amend" ? (
        <div className="mt-4">
          <label
            htmlFor="amend-reason"
            className="text-sm font-medium text-slate-800"
          >
            Why are you changing your submitted scorecard?
          </label>
          <textarea
            id="amend-reason"
            name="reason"
            rows={2}
            maxLength={LIMITS.reason}
            defaultValue={initial("reason") ?? ""}
            aria-invalid={errors.reason?.length ? true : undefined}
            aria-describedby={
              ["amend-reason-hint", errorId(errors, "reason")]
                .filter(Boolean)
                .join(" ") || undefined
            }
            className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
          />
          <p id="amend-reason-hint" className="mt-1 text-xs text-slate-600">
            The audit trail keeps your old values and this reason.
          </p>
          <FieldMessage field="reason" errors={errors} />
        </div>
      ) : null}
    </section>
  );
}
