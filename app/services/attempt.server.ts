// The candidate's writes to their attempt: autosaved answers, review comments and the review
// summary, activity (time on task, pastes) and submission. Every save is judged against the
// stored revision (app/domain/autosave) while the attempt row is locked, so a save and a
// submission never interleave: a save either lands before the submission or is refused.
import {
  creditActiveSeconds,
  decideDelete,
  decideSave,
  oversizeMessage,
  ACTIVITY,
  type RecordKind,
  type Stored,
} from "#app/domain/autosave";
import {
  anchorProblem,
  commentValue,
  type CommentValue,
  type ReviewVerdictKey,
} from "#app/domain/review";
import type { Prisma } from "#app/generated/prisma/client";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "./audit.server";
import { getExercise, getQuestionSet } from "./content.server";
import { prisma } from "./db.server";
import { reviewCommentSelect } from "./review-comments.server";
import type { CandidateContext } from "./invitations.server";

type Tx = Prisma.TransactionClient;

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

/**
 * Locks the attempt's row for the rest of the transaction and says whether it still takes
 * changes. Submission takes the same lock, which is what orders saves against it.
 */
async function lockAttempt(tx: Tx, attemptId: string) {
  const rows = await tx.$queryRaw<
    { submitted: boolean; started: boolean }[]
  >`SELECT "submittedAt" IS NOT NULL AS "submitted", "policyAcceptedAt" IS NOT NULL AS "started" FROM "Attempt" WHERE "id" = ${attemptId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new UserFacingError("Not found", undefined, 404);
  return row;
}

function checkSize(kind: RecordKind, body: string) {
  const message = oversizeMessage(kind, body);
  if (message) throw new UserFacingError(message, "body", 413);
}

async function attemptContent(attemptId: string) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      questionSetKey: true,
      questionSetVersion: true,
      exerciseKey: true,
      exerciseVersion: true,
    },
  });
  return attempt;
}

/** Runs a save in a transaction on an open attempt; a submitted attempt answers "closed". */
async function onOpenAttempt<T>(
  attemptId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T | { status: "closed" }> {
  return prisma.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, attemptId);
    if (attempt.submitted) return { status: "closed" as const };
    if (!attempt.started)
      throw new UserFacingError(
        "Please read and confirm the policy on the welcome page first.",
        undefined,
        409,
      );
    return work(tx);
  });
}

// ---------------------------------------------------------------------------------------
// Written answers

export type AnswerValue = { body: string };

export async function saveAnswer(
  context: CandidateContext,
  input: { questionKey: string; body: string; baseRevision: number },
): Promise<SaveResult<AnswerValue>> {
  const content = await attemptContent(context.attemptId);
  const questionSet = await getQuestionSet(
    content.questionSetKey,
    content.questionSetVersion,
  );
  if (!questionSet?.questions.some((q) => q.key === input.questionKey))
    throw new UserFacingError("Not found", undefined, 404);
  checkSize("answer", input.body);

  return onOpenAttempt(context.attemptId, async (tx) => {
    const where = {
      attemptId_questionKey: {
        attemptId: context.attemptId,
        questionKey: input.questionKey,
      },
    };
    const stored = await tx.writtenAnswer.findUnique({
      where,
      select: { body: true, revision: true, updatedAt: true },
    });
    const decision = decideSave<AnswerValue>(
      stored && { revision: stored.revision, value: { body: stored.body } },
      input.baseRevision,
      { body: input.body },
      (a, b) => a.body === b.body,
    );
    if (decision.kind === "conflict") {
      return {
        status: "conflict",
        serverRevision: stored?.revision ?? 0,
        serverValue: stored ? { body: stored.body } : null,
        serverSavedAt: stored?.updatedAt ?? null,
      };
    }
    if (decision.kind === "unchanged" && stored)
      return {
        status: "saved",
        revision: decision.revision,
        savedAt: stored.updatedAt,
      };
    const saved = await tx.writtenAnswer.upsert({
      where,
      create: {
        attemptId: context.attemptId,
        questionKey: input.questionKey,
        body: input.body,
        revision: decision.revision,
      },
      update: { body: input.body, revision: decision.revision },
      select: { revision: true, updatedAt: true },
    });
    return {
      status: "saved",
      revision: saved.revision,
      savedAt: saved.updatedAt,
    };
  });
}

// ---------------------------------------------------------------------------------------
// Review comments

const commentSelect = {
  ...reviewCommentSelect,
  attemptId: true,
  revision: true,
  updatedAt: true,
} satisfies Prisma.ReviewCommentSelect;

const sameComment = (a: CommentValue, b: CommentValue) =>
  a.filePath === b.filePath &&
  a.side === b.side &&
  a.startLine === b.startLine &&
  a.endLine === b.endLine &&
  a.body === b.body &&
  a.category === b.category &&
  a.severity === b.severity;

/** A comment that belongs to another attempt is answered as if it did not exist. */
async function findOwnComment(tx: Tx, context: CandidateContext, id: string) {
  const stored = await tx.reviewComment.findUnique({
    where: { id },
    select: commentSelect,
  });
  if (stored && stored.attemptId !== context.attemptId)
    throw new UserFacingError("Not found", undefined, 404);
  return stored;
}

/**
 * Creates or updates a comment. The browser names the comment's id when it creates it, so a
 * retried creation finds the comment it already made instead of adding a second one.
 */
export async function saveReviewComment(
  context: CandidateContext,
  input: CommentValue & { id: string; baseRevision: number },
): Promise<SaveResult<CommentValue>> {
  const content = await attemptContent(context.attemptId);
  const exercise = await getExercise(
    content.exerciseKey,
    content.exerciseVersion,
  );
  if (!exercise) throw new Error("The attempt's exercise is missing");
  const problem = anchorProblem(exercise.files, input);
  if (problem) throw new UserFacingError(problem, "startLine", 400);
  if (!input.body.trim())
    throw new UserFacingError("Write a comment first.", "body", 400);
  checkSize("comment", input.body);

  const value: CommentValue = {
    filePath: input.filePath,
    side: input.side,
    startLine: input.startLine,
    endLine: input.endLine,
    body: input.body,
    category: input.category,
    severity: input.severity,
  };
  return onOpenAttempt(context.attemptId, async (tx) => {
    const stored = await findOwnComment(tx, context, input.id);
    const current: Stored<CommentValue> | null = stored && {
      revision: stored.revision,
      value: commentValue(stored),
    };
    const decision = decideSave(
      current,
      input.baseRevision,
      value,
      sameComment,
    );
    if (decision.kind === "conflict") {
      return {
        status: "conflict",
        serverRevision: stored?.revision ?? 0,
        serverValue: current?.value ?? null,
        serverSavedAt: stored?.updatedAt ?? null,
      };
    }
    if (decision.kind === "unchanged" && stored)
      return {
        status: "saved",
        revision: decision.revision,
        savedAt: stored.updatedAt,
      };
    const saved = stored
      ? await tx.reviewComment.update({
          where: { id: input.id },
          data: { ...value, revision: decision.revision },
          select: { revision: true, updatedAt: true },
        })
      : await tx.reviewComment.create({
          data: {
            id: input.id,
            attemptId: context.attemptId,
            ...value,
            revision: decision.revision,
          },
          select: { revision: true, updatedAt: true },
        });
    return {
      status: "saved",
      revision: saved.revision,
      savedAt: saved.updatedAt,
    };
  });
}

/** Deleting what is already gone succeeds: the retry of a delete whose answer was lost. */
export async function deleteReviewComment(
  context: CandidateContext,
  input: { id: string; baseRevision: number },
): Promise<DeleteResult> {
  return onOpenAttempt(context.attemptId, async (tx) => {
    const stored = await findOwnComment(tx, context, input.id);
    const decision = decideDelete(stored, input.baseRevision);
    if (decision.kind === "conflict" && stored) {
      return {
        status: "conflict",
        serverRevision: stored.revision,
        serverValue: commentValue(stored),
        serverSavedAt: stored.updatedAt,
      };
    }
    if (decision.kind === "delete")
      await tx.reviewComment.delete({ where: { id: input.id } });
    return { status: "deleted" };
  });
}

// ---------------------------------------------------------------------------------------
// Review summary

export type SummaryValue = { verdict: ReviewVerdictKey | null; body: string };

export async function saveReviewSummary(
  context: CandidateContext,
  input: SummaryValue & { baseRevision: number },
): Promise<SaveResult<SummaryValue>> {
  checkSize("summary", input.body);
  const value: SummaryValue = { verdict: input.verdict, body: input.body };
  return onOpenAttempt(context.attemptId, async (tx) => {
    const stored = await tx.reviewSummary.findUnique({
      where: { attemptId: context.attemptId },
      select: { verdict: true, body: true, revision: true, updatedAt: true },
    });
    const current: Stored<SummaryValue> | null = stored && {
      revision: stored.revision,
      value: { verdict: stored.verdict, body: stored.body },
    };
    const decision = decideSave(
      current,
      input.baseRevision,
      value,
      (a, b) => a.verdict === b.verdict && a.body === b.body,
    );
    if (decision.kind === "conflict") {
      return {
        status: "conflict",
        serverRevision: stored?.revision ?? 0,
        serverValue: current?.value ?? null,
        serverSavedAt: stored?.updatedAt ?? null,
      };
    }
    if (decision.kind === "unchanged" && stored)
      return {
        status: "saved",
        revision: decision.revision,
        savedAt: stored.updatedAt,
      };
    const saved = await tx.reviewSummary.upsert({
      where: { attemptId: context.attemptId },
      create: {
        attemptId: context.attemptId,
        ...value,
        revision: decision.revision,
      },
      update: { ...value, revision: decision.revision },
      select: { revision: true, updatedAt: true },
    });
    return {
      status: "saved",
      revision: saved.revision,
      savedAt: saved.updatedAt,
    };
  });
}

// ---------------------------------------------------------------------------------------
// Activity and submission

/**
 * Adds active time and pastes reported by the browser. Context for panelists, never a gate:
 * it is recorded only while the attempt is open, and a refused report changes nothing.
 */
export async function recordActivity(
  context: CandidateContext,
  input: { activeSeconds: number; pasteCount: number; pasteCharacters: number },
): Promise<{ status: "recorded"; credited: number } | { status: "closed" }> {
  return onOpenAttempt(context.attemptId, async (tx) => {
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: context.attemptId },
      select: { lastActivityAt: true },
    });
    const now = new Date();
    const credited = creditActiveSeconds({
      claimedSeconds: input.activeSeconds,
      lastActivityAt: attempt.lastActivityAt,
      now,
    });
    const pasteCount = Math.max(0, Math.floor(input.pasteCount));
    const pasteCharacters = Math.min(
      Math.max(0, Math.floor(input.pasteCharacters)),
      pasteCount * ACTIVITY.maxPasteCharacters,
    );
    await tx.attempt.update({
      where: { id: context.attemptId },
      data: {
        activeSeconds: { increment: credited },
        pasteCount: { increment: pasteCount },
        pasteCharacters: { increment: pasteCharacters },
        // Only reports of real work move it, so it also bounds the next report's credit.
        ...(credited > 0 ? { lastActivityAt: now } : {}),
      },
    });
    return { status: "recorded" as const, credited };
  });
}

/** Submits the attempt. Submitting again is not an error: it answers the first submission. */
export async function submitAttempt(
  context: CandidateContext,
): Promise<{ submittedAt: Date; alreadySubmitted: boolean }> {
  return prisma.$transaction(async (tx) => {
    const locked = await lockAttempt(tx, context.attemptId);
    if (!locked.started)
      throw new UserFacingError(
        "Please read and confirm the policy on the welcome page first.",
        undefined,
        409,
      );
    if (locked.submitted) {
      const { submittedAt } = await tx.attempt.findUniqueOrThrow({
        where: { id: context.attemptId },
        select: { submittedAt: true },
      });
      return { submittedAt: submittedAt ?? new Date(), alreadySubmitted: true };
    }
    const submittedAt = new Date();
    const attempt = await tx.attempt.update({
      where: { id: context.attemptId },
      data: { submittedAt, lastActivityAt: submittedAt },
      select: {
        activeSeconds: true,
        _count: { select: { answers: true, reviewComments: true } },
      },
    });
    await recordAudit(tx, {
      actorLabel: `candidate ${context.code}`,
      action: "attempt.submit",
      entityType: "Attempt",
      entityId: context.attemptId,
      after: {
        submittedAt: submittedAt.toISOString(),
        answers: attempt._count.answers,
        reviewComments: attempt._count.reviewComments,
        activeSeconds: attempt.activeSeconds,
      },
    });
    return { submittedAt, alreadySubmitted: false };
  });
}
