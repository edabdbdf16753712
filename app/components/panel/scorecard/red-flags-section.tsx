// The rubric's red flags: a checkbox each, and a note on where the panelist saw it, shown once
// the flag is ticked.
import { flagField, flagNoteField, LIMITS } from "#app/domain/scorecard";
import { errorId, FieldMessage } from "./field-errors";
import type { FieldState, RubricView } from "./types";

export function RedFlagsSection({
  redFlags,
  state: { errors, initial, current },
}: {
  redFlags: RubricView["redFlags"];
  state: FieldState;
}) {
  return (
    <section
      aria-labelledby="red-flags-heading"
      className="rounded-lg border border-t-4 border-slate-200 border-t-amber-600 bg-white p-4 shadow-sm"
    >
      <h3 id="red-flags-heading" className="text-lg font-semibold">
        Red flags
      </h3>
      <p id="red-flags-hint" className="mt-1 text-sm text-slate-700">
        Tick only what the evidence shows, and say where you saw it.
      </p>
      <fieldset aria-describedby="red-flags-hint">
        <legend className="sr-only">Red flags raised</legend>
        <ul className="mt-3 grid gap-2 md:grid-cols-2">
          {redFlags.map((flag) => {
            const noteName = flagNoteField(flag.key);
            const raised = current(flagField(flag.key)) === "on";
            return (
              <li
                key={flag.key}
                className="rounded-md border border-slate-200 p-2 has-checked:border-amber-600 has-checked:bg-amber-50"
              >
                <label className="grid cursor-pointer grid-cols-[auto_1fr] content-start gap-x-2 gap-y-0.5 text-sm">
                  <input
                    type="checkbox"
                    name={flagField(flag.key)}
                    defaultChecked={initial(flagField(flag.key)) === "on"}
                    className="mt-0.5 size-4 shrink-0 accent-amber-700"
                  />
                  <span className="font-semibold">{flag.title}</span>{" "}
                  <span className="col-start-2 text-slate-700">
                    {flag.description}
                  </span>
                </label>
                <div hidden={!raised} className="mt-2">
                  <label
                    htmlFor={`flag-note-${flag.key}`}
                    className="text-sm font-medium text-slate-800"
                  >
                    Where you saw it
                    <span className="sr-only"> ({flag.title})</span>
                  </label>
                  <textarea
                    id={`flag-note-${flag.key}`}
                    name={noteName}
                    rows={2}
                    maxLength={LIMITS.flagNote}
                    defaultValue={initial(noteName) ?? ""}
                    aria-invalid={errors[noteName]?.length ? true : undefined}
                    aria-describedby={errorId(errors, noteName)}
                    className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
                  />
                  <FieldMessage field={noteName} errors={errors} />
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </section>
  );
}
