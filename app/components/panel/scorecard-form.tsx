// The rubric as a form: both dimensions in their own sections, each criterion a radio group
// whose four labels carry the anchored level text, an evidence note per criterion, the red
// flags with notes, the recommendation and a summary. Keys 1–4 choose a level in the group
// that has focus. A draft autosaves; an amendment of a submitted scorecard asks for a reason.
// This module wires the parts (./scorecard/) to conform (one schema, checked here and by the
// action), to the draft's autosave and to submitting.
import type { SubmissionResult } from "@conform-to/react";
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { useMemo, useRef, useState } from "react";
import { useSchemaForm } from "#app/components/forms";
import type { Score } from "#app/domain/content/constants";
import { isScore, type ScorecardContent } from "#app/domain/scorecard";
import {
  scorecardFormSchema,
  scorecardFormValues,
} from "#app/domain/scorecard-form";
import { DimensionSection } from "./scorecard/dimension-section";
import { ErrorSummary } from "./scorecard/field-errors";
import { OverallSection } from "./scorecard/overall-section";
import { RedFlagsSection } from "./scorecard/red-flags-section";
import { ScorecardActions } from "./scorecard/scorecard-actions";
import type { EvidenceSource, FieldState, RubricView } from "./scorecard/types";
import { useScorecardDraft } from "./scorecard/use-scorecard-draft";

export type { EvidenceSource, RubricView } from "./scorecard/types";

/** A field's value in conform's nested values, by its dotted name. */
function valueAt(values: unknown, name: string): string | undefined {
  let value = values;
  for (const part of name.split(".")) {
    value =
      value && typeof value === "object"
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof value === "string" ? value : undefined;
}

export function ScorecardForm({
  mode,
  candidateId,
  rubric,
  content,
  revision,
  savedAt,
  lastResult,
  evidenceSources,
}: {
  mode: "draft" | "amend";
  candidateId: string;
  rubric: RubricView;
  content: ScorecardContent;
  revision: number;
  savedAt: Date | null;
  /** The action's reply to this form: its errors and what the panelist sent. */
  lastResult?: SubmissionResult<string[]>;
  evidenceSources: Record<string, EvidenceSource>;
}) {
  const submit = useSubmit();
  const navigation = useNavigation();
  const formElement = useRef<HTMLFormElement | null>(null);
  const draft = useScorecardDraft({
    form: formElement,
    candidateId,
    revision,
    savedAt,
    enabled: mode === "draft",
  });
  // Once the panelist has tried to submit, what stops the submission stays checked (and
  // shown) as they fix it; before that, a draft may be anything.
  const [attempts, setAttempts] = useState(() =>
    lastResult?.status === "error" ? 1 : 0,
  );
  const schema = useMemo(
    () => scorecardFormSchema(rubric, { complete: attempts > 0 }),
    [rubric, attempts],
  );
  const [submitting, setSubmitting] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);

  const [form] = useSchemaForm(schema, {
    id: `scorecard-${mode}`,
    lastResult,
    defaultValue: scorecardFormValues(content),
    onSubmit: (event, { formData }) => {
      if (mode !== "draft") return;
      event.preventDefault();
      void saveThenSubmit(formData);
    },
  });

  // A refusal from the server is a submission attempt too (the summary takes focus again):
  // noticed while rendering, as React suggests for state that follows a prop.
  const [seenResult, setSeenResult] = useState(lastResult);
  if (lastResult !== seenResult) {
    setSeenResult(lastResult);
    if (lastResult?.status === "error") setAttempts((count) => count + 1);
  }

  async function saveThenSubmit(formData: FormData) {
    if (formData.get("intent") === "save") {
      draft.changed();
      await draft.flush();
      return;
    }
    setSubmitting(true);
    // Save first, so the submission carries the revision the server has.
    const saved = await draft.flush();
    if (!saved.saved) {
      setSubmitting(false);
      setSubmitProblem(
        "Not submitted: your latest changes could not be saved first; see the save status.",
      );
      return;
    }
    formData.set("intent", "submit");
    formData.set("revision", String(saved.revision));
    submit(formData, { method: "post" });
    setSubmitting(false);
  }

  const state: FieldState = {
    errors: Object.fromEntries(
      Object.entries(form.allErrors).map(([name, messages]) => [
        name || "form",
        messages,
      ]),
    ),
    initial: (name) => valueAt(form.initialValue, name),
    current: (name) => valueAt(form.value, name),
  };
  const scores: Record<string, Score | null> = Object.fromEntries(
    rubric.dimensions.flatMap((dimension) =>
      dimension.criteria.map((criterion) => {
        const value = Number(state.current(`score.${criterion.key}`));
        return [criterion.key, isScore(value) ? value : null];
      }),
    ),
  );

  return (
    <Form
      method="post"
      id={form.id}
      ref={formElement}
      onChange={() => {
        setSubmitProblem(null);
        if (mode === "draft") draft.changed();
      }}
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter?.getAttribute("value") !== "save")
          setAttempts((count) => count + 1);
        form.onSubmit(event);
      }}
      aria-labelledby="scorecard-heading"
      noValidate
      className="space-y-6"
    >
      <input type="hidden" name="revision" defaultValue={revision} />
      {attempts > 0 && Object.keys(state.errors).length ? (
        <ErrorSummary
          errors={state.errors}
          attempt={attempts}
          verb={mode === "amend" ? "saved" : "submitted"}
        />
      ) : null}

      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
        Keyboard: Tab to a criterion, then press <kbd>1</kbd>–<kbd>4</kbd> to
        choose a level (arrow keys move between levels). A 1 or a 4 needs an
        evidence note.
      </p>

      {rubric.dimensions.map((dimension) => (
        <DimensionSection
          key={dimension.key}
          dimension={dimension}
          scale={rubric.scale}
          scores={scores}
          state={state}
          evidenceSources={evidenceSources}
        />
      ))}

      <RedFlagsSection redFlags={rubric.redFlags} state={state} />
      <OverallSection
        mode={mode}
        recommendations={rubric.recommendations}
        state={state}
      />

      <ScorecardActions
        mode={mode}
        draft={draft.record}
        savedAt={savedAt}
        submitProblem={submitProblem}
        submitting={submitting || navigation.state === "submitting"}
        busy={submitting || navigation.state !== "idle"}
      />
    </Form>
  );
}
