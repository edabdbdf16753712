// How the scorecard shows what is wrong: a message under each field, and a summary at the top
// that takes focus and links to each field (by the id fieldTarget gives it).
import { useEffect, useRef } from "react";
import { FormError } from "#app/components/forms";
import type { FieldErrors } from "#app/domain/scorecard";

/** The id of the input a field's error points at. */
export function fieldTarget(field: string): string {
  const [kind, key = ""] = field.split(/\.(.*)/s);
  switch (kind) {
    case "score":
      return `score-${key}-1`;
    case "evidence":
      return `evidence-${key}`;
    case "flagNote":
      return `flag-note-${key}`;
    case "recommendation":
      return "recommendation-1";
    case "summary":
      return "scorecard-summary";
    case "reason":
      return "amend-reason";
    default:
      return "scorecard-errors";
  }
}

/** The id of a field's error message, for aria-describedby, when it has one. */
export function errorId(errors: FieldErrors, field: string) {
  return errors[field]?.length ? `${fieldTarget(field)}-error` : undefined;
}

export function FieldMessage({
  field,
  errors,
}: {
  field: string;
  errors: FieldErrors;
}) {
  const messages = errors[field];
  if (!messages?.length) return null;
  return (
    <p
      id={`${fieldTarget(field)}-error`}
      className="mt-1 text-sm font-medium text-red-700"
    >
      {messages.join(" ")}
    </p>
  );
}

export function ErrorSummary({
  errors,
  attempt,
  verb,
}: {
  errors: FieldErrors;
  /** Which submission attempt this is: the summary takes focus once per attempt. */
  attempt: number;
  verb: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [attempt]);
  const fields = Object.entries(errors).filter(([field]) => field !== "form");
  if (!fields.length) return <FormError errors={errors.form} />;
  return (
    <div
      ref={ref}
      id="scorecard-errors"
      tabIndex={-1}
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <p className="font-semibold">
        {errors.form?.join(" ") ??
          `Not ${verb}: ${fields.length} ${fields.length === 1 ? "thing needs" : "things need"} your attention.`}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {fields.map(([field, messages]) => (
          <li key={field}>
            <a className="underline" href={`#${fieldTarget(field)}`}>
              {messages.join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
