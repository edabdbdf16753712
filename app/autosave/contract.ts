// The autosave wire contract, shared by the server (its routes build answers to these schemas
// and validate requests with ./requests.ts) and the browser (the transport checks every answer
// against them before believing it). zod/mini, not zod: the browser loads this module, and
// mini's functions tree-shake to a fraction of zod's size (≈ 6 KB gzip for these schemas).
//
//   200 { revision, savedAt }                                       saved (or already held)
//   200 { deleted: true }                                            deleted (or already gone)
//   409 { conflict: { serverRevision, serverValue, serverSavedAt } } based on an old revision
//   410 { closed: true, error }                                      the attempt was submitted
//   400 / 401 / 404 / 409 / 413 { error, field? }                    refused, with the reason
//
// JSON both ways, except the scorecard draft, whose route also takes the scorecard form
// without JavaScript: it is posted as a form, its base revision in the `revision` field.
//
// An answer that does not match (cut off, not JSON, the wrong shape) is no verdict at all:
// readSaveAnswer calls it a failure to retry, never "refused".
import * as z from "zod/mini";
import type { SaveOutcome } from "./machine";

// -- Answers -------------------------------------------------------------------------------------

export const SavedAnswer = z.object({
  revision: z.int().check(z.minimum(0)),
  savedAt: z.string(),
});

export const DeletedAnswer = z.object({ deleted: z.literal(true) });

export const ConflictAnswer = z.object({
  conflict: z.object({
    serverRevision: z.int().check(z.minimum(0)),
    serverValue: z.unknown(),
    serverSavedAt: z.nullable(z.string()),
  }),
  error: z.optional(z.string()),
});

export const ClosedAnswer = z.object({
  closed: z.literal(true),
  error: z.string(),
});

export const ErrorAnswer = z.object({
  error: z.string(),
  field: z.optional(z.string()),
});

export type SavedAnswer = z.infer<typeof SavedAnswer>;
export type ConflictAnswer = z.infer<typeof ConflictAnswer>;
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;

export const SESSION_ENDED_MESSAGE =
  "Your session has ended. Your text is kept on this device: open your invite link again to carry on.";

const UNREADABLE =
  "The server's answer did not arrive whole. Retrying; your changes are kept.";

function parse<Schema extends z.ZodMiniType>(
  schema: Schema,
  body: unknown,
): z.infer<Schema> | null {
  const result = z.safeParse(schema, body);
  return result.success ? (result.data as z.infer<Schema>) : null;
}

/**
 * What an answer means for the engine. `text` is the whole body as received, or null when it
 * could not be read to its end (the connection dropped mid-body). Pure, so it is tested
 * without a network.
 */
export function readSaveAnswer(answer: {
  status: number;
  /** A redirect the transport did not follow (fetch's `redirect: "manual"`). */
  redirected: boolean;
  text: string | null;
}): SaveOutcome {
  const { status } = answer;
  // A redirect (to sign-in) means the session is gone as surely as a 401.
  if (answer.redirected) {
    return { kind: "session", message: SESSION_ENDED_MESSAGE };
  }
  if (status >= 500) {
    return {
      kind: "failed",
      message: `The server could not save just now (${status}).`,
    };
  }
  const body = json(answer.text);
  if (status === 200) {
    const deleted = parse(DeletedAnswer, body);
    if (deleted) return { kind: "deleted" };
    const saved = parse(SavedAnswer, body);
    if (saved) return { kind: "saved", ...saved };
  }
  if (status === 409) {
    const conflict = parse(ConflictAnswer, body);
    if (conflict) {
      return {
        kind: "conflict",
        serverRevision: conflict.conflict.serverRevision,
        serverValue: conflict.conflict.serverValue ?? null,
        serverSavedAt: conflict.conflict.serverSavedAt,
        message: conflict.error ?? null,
      };
    }
  }
  if (status === 410) {
    const closed = parse(ClosedAnswer, body);
    if (closed) return { kind: "closed", message: closed.error };
  }
  if (status === 401 || status === 403) {
    const error = parse(ErrorAnswer, body);
    if (error) return { kind: "session", message: error.error };
  }
  if ([400, 404, 405, 409, 413].includes(status)) {
    const error = parse(ErrorAnswer, body);
    if (error) return { kind: "rejected", message: error.error };
  }
  // Cut off, not JSON, or a shape this contract does not know: no verdict, so try again.
  return { kind: "failed", message: UNREADABLE };
}

function json(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
