// Adds candidates from a pasted CSV list (intent "import-csv"): the lines that can be added
// are, and the others come back in the box, each problem named by its line there.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { Button, TextAreaField, useSchemaForm } from "#app/components/forms";
import { ImportCandidatesSchema } from "#app/domain/forms/candidates";

export function ImportCandidatesForm({
  lastResult,
}: {
  lastResult?: SubmissionResult<string[]>;
}) {
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(ImportCandidatesSchema, {
    id: "import-csv",
    lastResult,
  });
  // Each reply puts its own text in the box (what could not be added), so the box is made
  // anew for each one; noticed while rendering, as React suggests for state from a prop.
  const [shown, setShown] = useState(lastResult);
  const [version, setVersion] = useState(0);
  if (lastResult !== shown) {
    setShown(lastResult);
    setVersion((count) => count + 1);
  }
  const kept = lastResult?.initialValue?.csv;
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h3 className="text-lg font-semibold">Paste a list</h3>
      <input type="hidden" name="intent" value="import-csv" />
      <TextAreaField
        key={version}
        label="Candidates as CSV"
        field={fields.csv}
        rows={5}
        hint="One per line: name,email. A header line is optional. The lines that can be added are; the others stay here to correct."
        placeholder={"Jane Doe,jane@example.com\nLi Wei,li.wei@example.com"}
        // Whatever went wrong with a list is told where the list is.
        errors={[...(form.errors ?? []), ...(fields.csv.errors ?? [])]}
        defaultValue={typeof kept === "string" ? kept : undefined}
      />
      <Button
        type="submit"
        disabled={navigation.formData?.get("intent") === "import-csv"}
      >
        Import list
      </Button>
    </Form>
  );
}
