// Who scores a candidate (intent "set-panel"): a checkbox per panelist.
import { getCollectionProps, getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, useSchemaForm } from "#app/components/forms";
import { SetPanelSchema } from "#app/domain/forms/candidates";
import type { OpeningCandidate, Panelist } from "./types";

export function PanelForm({
  candidate,
  panelists,
}: {
  candidate: OpeningCandidate;
  panelists: Panelist[];
}) {
  const [form, fields] = useSchemaForm(SetPanelSchema, {
    id: `set-panel-${candidate.id}`,
    defaultValue: {
      panelistIds: candidate.panelists.map((assigned) => assigned.id),
    },
  });
  const names = new Map(panelists.map((panelist) => [panelist.id, panelist]));
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="set-panel" />
      <input type="hidden" name="candidateId" value={candidate.id} />
      <fieldset>
        <legend className="sr-only">Panel for {candidate.name}</legend>
        {getCollectionProps(fields.panelistIds, {
          type: "checkbox",
          options: panelists.map((panelist) => panelist.id),
          ariaAttributes: false,
        }).map(({ key, ...checkbox }) => (
          <label key={key} className="flex items-center gap-2">
            <input {...checkbox} />
            {names.get(checkbox.value)?.name}
          </label>
        ))}
      </fieldset>
      <Button
        type="submit"
        variant="secondary"
        className="mt-2"
        aria-label={`Save panel for ${candidate.name}`}
      >
        Save panel
      </Button>
    </Form>
  );
}
