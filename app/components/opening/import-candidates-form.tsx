// Adds candidates from a pasted CSV list (intent "import-csv"); problems are named by line.
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
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
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h3 className="text-lg font-semibold">Paste a list</h3>
      <input type="hidden" name="intent" value="import-csv" />
      <TextAreaField
        label="Candidates as CSV"
        field={fields.csv}
        rows={5}
        hint="One per line: name,email. A header line is optional."
        placeholder={"Jane Doe,jane@example.com\nLi Wei,li.wei@example.com"}
        // Whatever went wrong with a list is told where the list is.
        errors={[...(form.errors ?? []), ...(fields.csv.errors ?? [])]}
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
