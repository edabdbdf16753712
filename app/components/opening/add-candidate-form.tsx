// Adds one candidate by name and email (intent "add-candidate").
import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import {
  Button,
  FormError,
  TextField,
  useSchemaForm,
} from "#app/components/forms";
import { AddCandidateSchema } from "#app/domain/forms/candidates";

export function AddCandidateForm({
  lastResult,
}: {
  lastResult?: SubmissionResult<string[]>;
}) {
  const navigation = useNavigation();
  const [form, fields] = useSchemaForm(AddCandidateSchema, {
    id: "add-candidate",
    lastResult,
  });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h3 className="text-lg font-semibold">Add a candidate</h3>
      <input type="hidden" name="intent" value="add-candidate" />
      <FormError errors={form.errors} />
      <TextField label="Name" field={fields.name} />
      <TextField label="Email" field={fields.email} type="email" />
      <Button
        type="submit"
        disabled={navigation.formData?.get("intent") === "add-candidate"}
      >
        Add candidate
      </Button>
    </Form>
  );
}
