// The zod building blocks of every form schema, so a kind of field means one thing on every
// page and on both sides (the browser validates with the same schema through conform). The
// NUL rule, decided per kind of field (docs/decisions/007-forms-and-input-parsing.md):
// - a single line a person types (a name, an email, a title, a password) refuses a NUL with a
//   message that names the field: it is a mistake, and silently changing it would surprise;
// - prose that is often pasted (a CSV list, a rationale, a challenge description, a reason)
//   has NUL stripped: it is invisible, it came with the paste, and the person wants their text.
import { z } from "zod";
import { hasNul, INT4_MAX, RECORD_ID, stripNul } from "../request-input";

export const nulMessage = (label: string) =>
  `${label} contains a NUL character (an invisible control character), which can't be saved. Remove it and try again.`;

type TextOptions = {
  /** Names the field in messages: "Name", "Email". */
  label: string;
  max: number;
  min?: number;
  /** Shown when the field is empty or too short. */
  required?: string;
  tooLong?: string;
};

const tooLong = (label: string, max: number) =>
  `Keep ${label.toLowerCase()} under ${max.toLocaleString("en-GB")} characters.`;

/** One line a person types; trimmed; a NUL is refused by name. */
export function textLine({
  label,
  max,
  min = 1,
  required,
  tooLong: long,
}: TextOptions) {
  const missing = required ?? `Enter ${label.toLowerCase()}.`;
  return z
    .string({ error: missing })
    .refine((value) => !hasNul(value), nulMessage(label))
    .trim()
    .min(min, missing)
    .max(max, long ?? tooLong(label, max));
}

/** Text that is often pasted; NUL stripped, then trimmed. */
export function pastedText({
  label,
  max,
  min = 1,
  required,
  tooLong: long,
}: TextOptions) {
  const missing = required ?? `Enter ${label.toLowerCase()}.`;
  return z
    .string({ error: missing })
    .overwrite(stripNul)
    .trim()
    .min(min, missing)
    .max(max, long ?? tooLong(label, max));
}

/** An email address, lower-cased so it matches however it was typed. */
export function emailAddress(message = "Enter a valid email address.") {
  return z
    .string({ error: message })
    .refine((value) => !hasNul(value), nulMessage("Email"))
    .trim()
    .max(254, "An email address has at most 254 characters.")
    .pipe(z.email(message))
    .transform((email) => email.toLowerCase());
}

/** A password: never trimmed (spaces may be part of it), never echoed back. */
export function password({ min = 1, label = "Password" } = {}) {
  const missing =
    min > 1 ? `Use at least ${min} characters.` : `Enter your password.`;
  return z
    .string({ error: missing })
    .refine((value) => !hasNul(value), nulMessage(label))
    .min(min, missing)
    .max(200, "Use at most 200 characters.");
}

/** The id of a record, from a hidden field; anything of another shape names nothing. */
export function recordId(what: string) {
  return z
    .string({ error: `Choose ${what}.` })
    .regex(RECORD_ID, `That is not ${what} we know.`);
}

/** A whole number a person types into a number field, within the database's range. */
export function wholeNumber({
  label,
  min,
  max,
  messages = {},
}: {
  label: string;
  min: number;
  max: number;
  messages?: { min?: string; max?: string };
}) {
  return z
    .number({ error: `Enter ${label.toLowerCase()} as a number.` })
    .int("Enter a whole number.")
    .min(min, messages.min ?? `At least ${min}.`)
    .max(Math.min(max, INT4_MAX), messages.max ?? `At most ${max}.`);
}

/** A checkbox: ticked is true; a browser sends nothing for an unticked one. */
export function checkbox() {
  return z.boolean().default(false);
}

/** The hidden field that says which of a page's forms was sent. */
export function intent<const Name extends string>(name: Name) {
  return z.literal(name);
}

/**
 * The schema whose fields give a form's HTML constraints: conform 1.21 cannot read a schema
 * whose root is a transform (`z.object(…).transform(…)`, as the opening form's), so read its
 * input side.
 */
export function constraintSource(schema: z.ZodType): z.ZodType {
  let source = schema;
  while (source._zod.def.type === "pipe")
    source = (source._zod.def as unknown as { in: z.ZodType }).in;
  return source;
}
