// One shape for every form action: parse FormData with the form's zod schema; on failure
// answer field-level messages plus what the user typed, so the form can show both.
import { data } from "@remix-run/node";
import type { z } from "zod";
import { UserFacingError } from "./errors";

export type FieldErrors = Record<string, string[]>;
export type FormFailure = {
  ok: false;
  errors: FieldErrors;
  values: Record<string, string | string[]>;
  formError?: string;
};

export function formValues(
  formData: FormData,
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key === "password" || key === "newPassword") continue;
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

/** A 400 response carrying the failure, for `useActionData`. */
export function invalid(failure: FormFailure, status = 400) {
  return data(failure, { status });
}

export function formError(
  formData: FormData,
  message: string,
  field = "form",
  status = 400,
) {
  return invalid(
    { ok: false, errors: { [field]: [message] }, values: formValues(formData) },
    status,
  );
}

/** Turns a UserFacingError into a form failure (keeping the input); anything else rethrows. */
export function userFacingFailure(formData: FormData, error: unknown) {
  if (!(error instanceof UserFacingError)) throw error;
  return formError(
    formData,
    error.message,
    error.field ?? "form",
    error.status,
  );
}
