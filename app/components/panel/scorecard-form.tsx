// The rubric as a form: both dimensions in their own sections, each criterion a radio group
// whose four labels carry the anchored level text, an evidence note per criterion, the red
// flags with notes, the recommendation and a summary. Keys 1–4 choose a level in the group
// that has focus. A draft autosaves; an amendment of a submitted scorecard asks for a reason.
import { Form, Link, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button, FormError } from "#app/components/forms";
import {
  evidenceField,
  evidenceRequired,
  flagField,
  flagNoteField,
  LIMITS,
  scoreField,
  type FieldErrors,
  type ScorecardContent,
} from "#app/domain/scorecard";
import { SCORES, type Score } from "#app/domain/content/constants";
import { LocalTime } from "../local-time";
import { useDraftAutosave, type SaveState } from "./use-draft-autosave";

type Levels = { 1: string; 2: string; 3: string; 4: string };

export type RubricView = {
  scale: Record<Score, { label: string; summary: string }>;
  recommendations: readonly {
    key: string;
    label: string;
    description: string;
  }[];
  dimensions: readonly {
    key: string;
    title: string;
    description: string;
    criteria: readonly {
      key: string;
      title: string;
      lookFor: string;
      levels: Levels;
      evidence: readonly string[];
      /** This exercise's concrete example of a level, beside the rubric's general text. */
      examples?: Partial<Record<"1" | "2" | "3" | "4", string>>;
    }[];
  }[];
  redFlags: readonly { key: string; title: string; description: string }[];
};

export type EvidenceSource = { key: string; label: string; href: string };

type Submitted = { values?: Record<string, string | string[]> };

// Which value to show: what the panelist just posted (a failed submit without JavaScript),
// else what is stored.
function posted(failure: Submitted | undefined, name: string) {
  const value = failure?.values?.[name];
  return typeof value === "string" ? value : undefined;
}

const DIMENSION_ACCENT: Record<string, string> = {
  technical_depth: "border-t-sky-700",
  multiplier: "border-t-emerald-700",
};

/** Keys 1–4 pick the first to fourth radio of the group the focused radio belongs to. */
function chooseByDigit(event: KeyboardEvent<HTMLInputElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const index = ["1", "2", "3", "4"].indexOf(event.key);
  const input = event.currentTarget;
  if (index < 0 || !input.form) return;
  const group = Array.from(
    input.form.querySelectorAll<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(input.name)}"]`,
    ),
  );
  const target = group[index];
  if (!target) return;
  event.preventDefault();
  target.focus();
  if (!target.checked) target.click();
}

function FieldMessage({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

function fieldTarget(field: string): string {
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

function ErrorSummary({ errors, verb }: { errors: FieldErrors; verb: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [errors]);
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

function SaveStatus({ state }: { state: SaveState }) {
  const text = {
    idle: "Autosaves as you go.",
    pending: "Unsaved changes…",
    saving: "Saving…",
    saved: "",
    retrying: "",
    invalid: "",
    conflict: "",
  }[state.kind];
  return (
    <p
      role="status"
      className={`text-sm ${state.kind === "retrying" || state.kind === "invalid" || state.kind === "conflict" ? "font-medium text-red-700" : "text-slate-700"}`}
    >
      {state.kind === "saved" ? (
        <>
          Draft saved <LocalTime date={state.at} style="time" />
        </>
      ) : "message" in state ? (
        state.message
      ) : (
        text
      )}
    </p>
  );
}

export function ScorecardForm({
  mode,
  candidateId,
  rubric,
  content,
  revision,
  savedAt,
  errors = {},
  submitted,
  evidenceSources,
}: {
  mode: "draft" | "amend";
  candidateId: string;
  rubric: RubricView;
  content: ScorecardContent;
  revision: number;
  savedAt: Date | null;
  errors?: FieldErrors;
  submitted?: Submitted;
  evidenceSources: Record<string, EvidenceSource>;
}) {
  const submit = useSubmit();
  const navigation = useNavigation();
  const { form, state, saver } = useDraftAutosave({
    url: `/panel/${candidateId}/draft`,
    revision,
    savedAt,
  });
  const [scores, setScores] = useState<Record<string, Score | null>>(() =>
    Object.fromEntries(
      rubric.dimensions.flatMap((dimension) =>
        dimension.criteria.map((criterion) => {
          const value = Number(
            posted(submitted, scoreField(criterion.key)) ??
              content.criteria[criterion.key]?.score,
          );
          return [
            criterion.key,
            SCORES.includes(value as Score) ? (value as Score) : null,
          ];
        }),
      ),
    ),
  );
  const [raised, setRaised] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(
      rubric.redFlags.map((flag) => [
        flag.key,
        submitted?.values
          ? posted(submitted, flagField(flag.key)) === "on"
          : content.redFlags[flag.key] !== undefined,
      ]),
    ),
  );
  const [submitting, setSubmitting] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);

  function onChange() {
    setSubmitProblem(null);
    if (mode === "draft") saver.changed();
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (mode !== "draft") return;
    event.preventDefault();
    const formElement = event.currentTarget;
    const intent =
      (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ??
      "submit";
    if (intent === "save") {
      saver.changed();
      await saver.flush();
      return;
    }
    setSubmitting(true);
    // Save first, so the submission carries the revision the server has.
    const saved = await saver.flush();
    if (!saved) {
      setSubmitting(false);
      setSubmitProblem(
        "Not submitted: your latest changes could not be saved first; see the save status.",
      );
      return;
    }
    const data = new FormData(formElement);
    data.set("intent", "submit");
    data.set("revision", String(saver.revision));
    submit(data, { method: "post" });
    setSubmitting(false);
  }

  const errorId = (field: string) =>
    errors[field]?.length ? `${fieldTarget(field)}-error` : undefined;

  return (
    <Form
      method="post"
      ref={form}
      onChange={onChange}
      onSubmit={onSubmit}
      aria-labelledby="scorecard-heading"
      noValidate
      className="space-y-6"
    >
      <input type="hidden" name="revision" defaultValue={revision} />
      {Object.keys(errors).length ? (
        <ErrorSummary
          errors={errors}
          verb={mode === "amend" ? "saved" : "submitted"}
        />
      ) : null}

      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
        Keyboard: Tab to a criterion, then press <kbd>1</kbd>–<kbd>4</kbd> to
        choose a level (arrow keys move between levels). A 1 or a 4 needs an
        evidence note.
      </p>

      {rubric.dimensions.map((dimension) => {
        const scored = dimension.criteria.filter((c) => scores[c.key]).length;
        return (
          <section
            key={dimension.key}
            aria-labelledby={`dimension-${dimension.key}`}
            className={`rounded-lg border border-t-4 border-slate-200 bg-white p-4 shadow-sm ${DIMENSION_ACCENT[dimension.key] ?? "border-t-slate-500"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3
                id={`dimension-${dimension.key}`}
                className="text-lg font-semibold"
              >
                {dimension.title}
              </h3>
              <p className="text-sm text-slate-700">
                {scored} of {dimension.criteria.length} scored
              </p>
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {dimension.description}
            </p>
            <div className="mt-4 space-y-6">
              {dimension.criteria.map((criterion) => {
                const score = scores[criterion.key] ?? null;
                const scoreName = scoreField(criterion.key);
                const evidenceName = evidenceField(criterion.key);
                const needsEvidence = evidenceRequired(score);
                return (
                  <fieldset
                    key={criterion.key}
                    id={`criterion-${criterion.key}`}
                    aria-describedby={
                      [`look-for-${criterion.key}`, errorId(scoreName)]
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
                      <span className="font-medium text-slate-800">
                        Look for:
                      </span>{" "}
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
                    <FieldMessage
                      id={`${fieldTarget(scoreName)}-error`}
                      errors={errors[scoreName]}
                    />
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
                            defaultChecked={score === level}
                            onChange={() =>
                              setScores((current) => ({
                                ...current,
                                [criterion.key]: level,
                              }))
                            }
                            onKeyDown={chooseByDigit}
                            className="accent-brand-700 mt-0.5 size-4 shrink-0"
                          />
                          <span className="font-semibold text-slate-900">
                            {level} · {rubric.scale[level].label}
                          </span>{" "}
                          <span className="col-start-2 text-slate-700">
                            {criterion.levels[level]}
                          </span>
                          {criterion.examples?.[`${level}`] ? (
                            <span className="col-start-2 text-xs text-slate-600">
                              <span className="font-medium">
                                In this exercise:{" "}
                              </span>
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
                        <span className="sr-only">
                          {" "}
                          for “{criterion.title}”
                        </span>{" "}
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
                        defaultValue={
                          posted(submitted, evidenceName) ??
                          content.criteria[criterion.key]?.evidence ??
                          ""
                        }
                        aria-invalid={
                          errors[evidenceName]?.length ? true : undefined
                        }
                        aria-describedby={errorId(evidenceName)}
                        className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
                      />
                      <FieldMessage
                        id={`${fieldTarget(evidenceName)}-error`}
                        errors={errors[evidenceName]}
                      />
                    </div>
                  </fieldset>
                );
              })}
            </div>
          </section>
        );
      })}

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
            {rubric.redFlags.map((flag) => {
              const noteName = flagNoteField(flag.key);
              return (
                <li
                  key={flag.key}
                  className="rounded-md border border-slate-200 p-2 has-checked:border-amber-600 has-checked:bg-amber-50"
                >
                  <label className="grid cursor-pointer grid-cols-[auto_1fr] content-start gap-x-2 gap-y-0.5 text-sm">
                    <input
                      type="checkbox"
                      name={flagField(flag.key)}
                      defaultChecked={raised[flag.key]}
                      onChange={(event) => {
                        const checked = event.currentTarget.checked;
                        setRaised((current) => ({
                          ...current,
                          [flag.key]: checked,
                        }));
                      }}
                      className="mt-0.5 size-4 shrink-0 accent-amber-700"
                    />
                    <span className="font-semibold">{flag.title}</span>{" "}
                    <span className="col-start-2 text-slate-700">
                      {flag.description}
                    </span>
                  </label>
                  <div hidden={!raised[flag.key]} className="mt-2">
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
                      defaultValue={
                        posted(submitted, noteName) ??
                        content.redFlags[flag.key] ??
                        ""
                      }
                      aria-invalid={errors[noteName]?.length ? true : undefined}
                      aria-describedby={errorId(noteName)}
                      className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
                    />
                    <FieldMessage
                      id={`${fieldTarget(noteName)}-error`}
                      errors={errors[noteName]}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </section>

      <section
        aria-labelledby="overall-heading"
        className="rounded-lg border border-t-4 border-slate-200 border-t-slate-700 bg-white p-4 shadow-sm"
      >
        <h3 id="overall-heading" className="text-lg font-semibold">
          Overall
        </h3>
        <fieldset className="mt-2" aria-describedby={errorId("recommendation")}>
          <legend className="text-sm font-medium text-slate-800">
            Recommendation
          </legend>
          <FieldMessage
            id={`${fieldTarget("recommendation")}-error`}
            errors={errors.recommendation}
          />
          <div className="mt-1 grid gap-2 md:grid-cols-2">
            {rubric.recommendations.map((recommendation, index) => (
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
                    (posted(submitted, "recommendation") ??
                      content.recommendation) === recommendation.key
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
            defaultValue={posted(submitted, "summary") ?? content.summary}
            aria-invalid={errors.summary?.length ? true : undefined}
            aria-describedby={errorId("summary")}
            className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
          />
          <FieldMessage
            id={`${fieldTarget("summary")}-error`}
            errors={errors.summary}
          />
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
              defaultValue={posted(submitted, "reason") ?? ""}
              aria-invalid={errors.reason?.length ? true : undefined}
              aria-describedby={
                ["amend-reason-hint", errorId("reason")]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
              className="mt-1 block w-full resize-y rounded-md border border-slate-400 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600"
            />
            <p id="amend-reason-hint" className="mt-1 text-xs text-slate-600">
              The audit trail keeps your old values and this reason.
            </p>
            <FieldMessage
              id={`${fieldTarget("reason")}-error`}
              errors={errors.reason}
            />
          </div>
        ) : null}
      </section>

      <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-3 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.04)]">
        {mode === "draft" ? (
          <>
            <div className="mr-auto min-w-0">
              <SaveStatus state={state} />
              {submitProblem ? (
                <p role="alert" className="text-sm font-medium text-red-700">
                  {submitProblem}
                </p>
              ) : null}
            </div>
            <Button
              type="submit"
              name="intent"
              value="save"
              variant="secondary"
            >
              Save draft
            </Button>
            <Button
              type="submit"
              name="intent"
              value="submit"
              disabled={submitting || navigation.state !== "idle"}
            >
              {submitting || navigation.state === "submitting"
                ? "Submitting…"
                : "Submit scorecard"}
            </Button>
          </>
        ) : (
          <>
            <p className="mr-auto text-sm text-slate-700">
              Your amendment replaces the submitted values; the old ones stay in
              the audit trail.
            </p>
            <Link
              to="."
              className="rounded-md px-3 py-2 text-sm text-slate-800 underline"
            >
              Cancel
            </Link>
            <Button type="submit" name="intent" value="amend">
              Save amendment
            </Button>
          </>
        )}
      </div>
    </Form>
  );
}
