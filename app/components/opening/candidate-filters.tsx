// Search, filter and sort for the opening's candidate table. A GET form, so the view lives in
// the URL (share it, bookmark it, go back to it) and works without JavaScript; with it, each
// change applies at once, without reloading the page's data.
import { Form, useSubmit } from "@remix-run/react";
import { useRef } from "react";
import { STAGE_LABELS } from "#app/domain/candidate-stage";
import {
  DECISION_LABELS,
  SORTS,
  type TableView,
} from "#app/domain/candidate-table-view";
import { Button, SelectField, TextField } from "#app/components/forms";

const TYPING_PAUSE_MS = 250;

export function CandidateFilters({
  view,
  shown,
  total,
}: {
  view: TableView;
  shown: number;
  total: number;
}) {
  const submit = useSubmit();
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const apply = (form: HTMLFormElement) =>
    submit(form, { replace: true, preventScrollReset: true });
  return (
    <Form
      method="get"
      role="search"
      aria-label="Candidates"
      onChange={(event) => {
        const form = event.currentTarget;
        clearTimeout(typing.current);
        if ((event.target as HTMLElement).tagName === "INPUT")
          typing.current = setTimeout(() => apply(form), TYPING_PAUSE_MS);
        else apply(form);
      }}
      className="mt-3 flex flex-wrap items-end gap-3"
    >
      <TextField
        label="Search"
        name="q"
        type="search"
        defaultValue={view.q}
        hint="Name, email or code"
      />
      <SelectField
        label="Stage"
        name="stage"
        defaultValue={view.stage ?? ""}
        options={[
          { value: "", label: "Any stage" },
          ...Object.entries(STAGE_LABELS).map(([value, label]) => ({
            value,
            label,
          })),
        ]}
      />
      <SelectField
        label="Decision"
        name="decision"
        defaultValue={view.decision ?? ""}
        options={[
          { value: "", label: "Any decision" },
          ...Object.entries(DECISION_LABELS).map(([value, label]) => ({
            value,
            label,
          })),
        ]}
      />
      <SelectField
        label="Sort by"
        name="sort"
        defaultValue={view.sort}
        options={Object.entries(SORTS).map(([value, label]) => ({
          value,
          label,
        }))}
      />
      {/* Without JavaScript, the form applies with this button. */}
      <noscript>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </noscript>
      <p className="pb-2 text-sm text-slate-700" aria-live="polite">
        {shown === total
          ? `${total} ${total === 1 ? "candidate" : "candidates"}`
          : `Showing ${shown} of ${total} candidates`}
      </p>
    </Form>
  );
}
