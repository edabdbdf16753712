// The rubric as a form: both dimensions in their own sections, each criterion a radio group
// whose four labels carry the anchored level text, an evidence note per criterion, the red
// flags with notes, the recommendation and a summary. Keys 1–4 choose a level in the group
// that has focus. A draft autosaves; an amendment of a submitted scorecard asks for a reason.
// This module wires the parts (./scorecard/) to the draft's autosave and to submitting.
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { useRef, useState } from "react";
import { SCORES, type Score } from "#app/domain/content/constants";
import {
  scoreField,
  type FieldErrors,
  type ScorecardContent,
} from "#app/domain/scorecard";
import { DimensionSection } from "./scorecard/dimension-section";
import { ErrorSummary } from "./scorecard/field-errors";
import { OverallSection } from "./scorecard/overall-section";
import { RedFlagsSection } from "./scorecard/red-flags-section";
import { ScorecardActions } from "./scorecard/scorecard-actions";
import {
  posted,
  type EvidenceSource,
  type RubricView,
  type Submitted,
} from "./scorecard/types";
import { useScorecardDraft } from "./scorecard/use-scorecard-draft";

export type { EvidenceSource, RubricView } from "./scorecard/types";

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
  const form = useRef<HTMLFormElement | null>(null);
  const draft = useScorecardDraft({
    form,
    candidateId,
    revision,
    savedAt,
    enabled: mode === "draft",
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
  const [submitting, setSubmitting] = useState(false);
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);

  function onChange() {
    setSubmitProblem(null);
    if (mode === "draft") draft.changed();
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (mode !== "draft") return;
    event.preventDefault();
    const formElement = event.currentTarget;
    const intent =
      (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ??
      "submit";
    if (intent === "save") {
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
    const data = new FormData(formElement);
    data.set("intent", "submit");
    data.set("revision", String(saved.revision));
    submit(data, { method: "post" });
    setSubmitting(false);
  }

  const fields = { content, submitted, errors };
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

      {rubric.dimensions.map((dimension) => (
        <DimensionSection
          key={dimension.key}
          dimension={dimension}
          scale={rubric.scale}
          scores={scores}
          onScore={(criterionKey, score) =>
            setScores((current) => ({ ...current, [criterionKey]: score }))
          }
          evidenceSources={evidenceSources}
          {...fields}
        />
      ))}

      <RedFlagsSection redFlags={rubric.redFlags} {...fields} />
      <OverallSection
        mode={mode}
        recommendations={rubric.recommendations}
        {...fields}
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
