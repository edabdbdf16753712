// What the candidate's autosaved writes share: their outcomes (SaveResult, DeleteResult and
// the message for a submitted attempt), the size check, the one way a save is judged and
// written, and the row lock that orders every write against submission. Each save is judged against the stored revision
// (app/domain/autosave) while the attempt row is locked, and submission takes the same lock,
// so a save either lands before the submission or is refused.
import {
  decideSave,
  oversizeMessage,
  type RecordKind,
  type Stored,
} from "#app/domain/autosave";
import type { CommentValue } from "#app/domain/review";
import type { Prisma } from "#app/generated/prisma/client";
import { UserFacingError } from "#app/utils/errors";
import { prisma } from "../db.server";

export type Tx = Prisma.TransactionClient;

export type SaveResult<Value> =
  | { status: "saved"; revision: number; savedAt: Date }
  | {
      status: "conflict";
      serverRevision: number;
      /** null when the record was deleted elsewhere. */
      serverValue: Value | null;
      serverSavedAt: Date | null;
    }
  | { status: "closed" };

export type DeleteResult =
  | { status: "deleted" }
  | {
      status: "conflict";
      serverRevision: number;
      serverValue: CommentValue;
      serverSavedAt: Date;
    }
  | { status: "closed" };

export const CLOSED_MESSAGE =
  "Your assessment has been submitted, so it can't be changed any more. Nothing you typed after submitting was saved; copy it from this page if you need it.";

/** A write or a submission before the policy is confirmed on the welcome page. */
export function notStartedError() {
  return new UserFacingError(
    "Please read and confirm the policy on the welcome page first.",
    undefined,
    409,
  );
}

/**
 * Locks the attempt's row for the rest of the transaction and says whether it still takes
 * changes. Submission takes the same lock, which is what orders saves against it.
 */
export async function lockAttempt(tx: Tx, attemptId: string) {
  const rows = await tx.$queryRaw<
    { submitted: boolean; started: boolean }[]
  >`SELECT "submittedAt" IS NOT NULL AS "submitted", "policyAcceptedAt" IS NOT NULL AS "started" FROM "Attempt" WHERE "id" = ${attemptId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new UserFacingError("Not found", undefined, 404);
  return row;
}

export function checkSize(kind: RecordKind, body: string) {
  const message = oversizeMessage(kind, body);
  if (message) throw new UserFacingError(message, "body", 413);
}

/** Runs a save in a transaction on an open attempt; a submitted attempt answers "closed". */
export async function onOpenAttempt<T>(
  attemptId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T | { status: "closed" }> {
  return prisma.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, attemptId);
    if (attempt.submitted) return { status: "closed" as const };
    if (!attempt.started) throw notStartedError();
    return work(tx);
  });
}

/**
 * Saves one record on top of the revision the browser saw (decideSave): a conflict answers
 * with what the server holds, a value it already holds answers "saved" without a write, and
 * anything else is written by `write` at the next revision.
 */
export async function saveOnRevision<Value>(input: {
  stored: (Stored<Value> & { updatedAt: Date }) | null;
  baseRevision: number;
  value: Value;
  same: (a: Value, b: Value) => boolean;
  write: (revision: number) => Promise<{ revision: number; updatedAt: Date }>;
}): Promise<SaveResult<Value>> {
  const { stored } = input;
  const decision = decideSave(
    stored,
    input.baseRevision,
    input.value,
    input.same,
  );
  if (decision.kind === "conflict") {
    return {
      status: "conflict",
      serverRevision: stored?.revision ?? 0,
      serverValue: stored?.value ?? null,
      serverSavedAt: stored?.updatedAt ?? null,
    };
  }
  if (decision.kind === "unchanged" && stored)
    return {
      status: "saved",
      revision: decision.revision,
      savedAt: stored.updatedAt,
    };
  const saved = await input.write(decision.revision);
  return {
    status: "saved",
    revision: saved.revision,
    savedAt: saved.updatedAt,
  };
}
