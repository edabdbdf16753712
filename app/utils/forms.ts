// The scorecard form's own contract, kept until that form moves to conform like every other
// form (app/services/form-submission.server.ts): its field names are dotted ("score.x"),
// which conform would read as nested objects, and its page reads a failure as
// { errors, values }. Parse the body with readForm first.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;
export type FormFailure = {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string | string[]>;
};

/** What the user typed, to put back into the form (passwords never). */
export function formValues(
  formData: FormData,
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key === "password") continue;
    const all = formData
      .getAll(key)
      .filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function parseForm<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
): { ok: true; value: z.output<Schema> } | FormFailure {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "form";
    (errors[field] ??= []).push(issue.message);
  }
  return { ok: false, errors, values: formValues(formData) };
}
