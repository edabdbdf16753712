// The one way a form action reads and answers its input. `readForm` refuses what no browser
// form sends (another content type, malformed multipart, invalid UTF-8, an oversized body)
// with a 4xx before any schema runs; `parseSubmission` runs the form's zod schema through
// conform, the same schema the browser validates with; the reply helpers answer 400 with the
// field errors and the input intact, which conform puts back into the form.
import type { Submission, SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import type { z } from "zod";
import { nulMessage } from "#app/domain/forms/fields";
import {
  checkUtf8,
  decodeUrlEncoded,
  findNul,
  FORM_LIMITS,
  formMediaTypeProblem,
  isInputProblem,
  mediaType,
  type InputProblem,
} from "#app/domain/request-input";
import { UserFacingError } from "#app/utils/errors";

/** Never echoed back to the browser, even on a failed submission. */
const SECRET_FIELDS = ["password"];

function refuse(problem: InputProblem): Response {
  return new Response(problem.message, {
    status: problem.status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

const TOO_LARGE: InputProblem = {
  status: 413,
  message: `That form is larger than ${FORM_LIMITS.bodyBytes / 1024 / 1024} MB, more than any form here takes.`,
};

async function readBody(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > limit) throw refuse(TOO_LARGE);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw refuse(TOO_LARGE);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request's form fields, or a thrown 4xx Response (415, 413, 400) for a body that no
 * form of ours sends. No form here takes files, so the whole body must be UTF-8 text.
 */
export async function readForm(request: Request): Promise<FormData> {
  const contentType = request.headers.get("Content-Type");
  const wrongType = formMediaTypeProblem(contentType);
  if (wrongType) throw refuse(wrongType);
  const bytes = await readBody(request, FORM_LIMITS.bodyBytes);
  const text = checkUtf8(bytes);
  if (isInputProblem(text)) throw refuse(text);
  const formData = new FormData();
  if (mediaType(contentType) === "application/x-www-form-urlencoded") {
    const entries = decodeUrlEncoded(text);
    if (isInputProblem(entries)) throw refuse(entries);
    for (const [name, value] of entries) formData.append(name, value);
  } else {
    let parsed: FormData;
    try {
      parsed = await new Response(
        new Blob([bytes as Uint8Array<ArrayBuffer>]),
        {
          headers: { "Content-Type": contentType ?? "" },
        },
      ).formData();
    } catch {
      throw refuse({
        status: 400,
        message: "The form data is malformed multipart.",
      });
    }
    for (const [name, value] of parsed) {
      if (typeof value !== "string") {
        throw refuse({ status: 400, message: "This form takes no files." });
      }
      formData.append(name, value);
    }
  }
  if ([...formData.keys()].length > FORM_LIMITS.fields) {
    throw refuse({ status: 413, message: "That form has too many fields." });
  }
  return formData;
}

/**
 * Parses with the form's schema (the browser runs the same one). A NUL left in any value by a
 * schema that did not decide about it is refused here, so it never reaches PostgreSQL.
 */
export function parseSubmission<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
): Submission<z.input<Schema>, string[], z.output<Schema>> {
  type Parsed = Submission<z.input<Schema>, string[], z.output<Schema>>;
  const submission = parseWithZod(formData, { schema }) as Parsed;
  if (submission.status !== "success" || !findNul(submission.value))
    return submission;
  const guarded = schema.superRefine((value, context) => {
    const path = findNul(value);
    if (path)
      context.addIssue({
        code: "custom",
        path,
        message: nulMessage("This field"),
      });
  });
  return parseWithZod(formData, { schema: guarded }) as Parsed;
}

/** The intent literal a form posts to say which of a page's actions it wants. */
export function intentOf(formData: FormData): string {
  const value = formData.get("intent");
  return typeof value === "string" ? value : "";
}

export function unknownIntent(): Response {
  return refuse({
    status: 400,
    message: "This page has no such action.",
  });
}

export type FormReply<Intent extends string> = {
  intent: Intent;
  result: SubmissionResult<string[]>;
};

type Failure = {
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  status?: number;
};

/** 400 (or `status`) with the field errors and what the user typed, for conform's lastResult. */
export function rejectSubmission<Intent extends string>(
  intent: Intent,
  submission: Submission<unknown>,
  { formError, fieldErrors, status = 400 }: Failure = {},
) {
  const result = submission.reply({
    formErrors: formError ? [formError] : undefined,
    fieldErrors,
    hideFields: SECRET_FIELDS,
  });
  return data({ ok: false as const, intent, result }, { status });
}

/** A service's UserFacingError as the form's error (on its field, when it names one). */
export function rejectWithError<Intent extends string>(
  intent: Intent,
  submission: Submission<unknown>,
  error: unknown,
) {
  if (!(error instanceof UserFacingError)) throw error;
  return rejectSubmission(
    intent,
    submission,
    error.field && error.field !== "form"
      ? {
          fieldErrors: { [error.field]: [error.message] },
          status: error.status,
        }
      : { formError: error.message, status: error.status },
  );
}

/** A success that clears the form, with whatever the page shows about it. */
export function acceptSubmission<
  Intent extends string,
  Extra extends Record<string, unknown>,
>(intent: Intent, submission: Submission<unknown>, extra: Extra) {
  return {
    ok: true as const,
    intent,
    result: submission.reply({ resetForm: true }),
    ...extra,
  };
}
