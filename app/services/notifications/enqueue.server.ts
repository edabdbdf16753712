// What causes an email: each function is called inside the transaction of the change that
// causes it and writes the job there, if the opening sends that kind of email.
import { reminderTimeFor } from "#app/domain/deadlines";
import type { Prisma } from "#app/generated/prisma/client";
import { enqueue } from "../jobs/enqueue.server";
import { EMAIL_KINDS } from "./kinds";

type Tx = Prisma.TransactionClient;

/** The invitation email for a freshly issued link, and the reminder before its due date. */
export async function enqueueInvitationEmails(
  tx: Tx,
  input: { invitationId: string; url: string; dueAt: Date },
): Promise<{ emailing: boolean }> {
  const { candidate } = await tx.invitation.findUniqueOrThrow({
    where: { id: input.invitationId },
    select: {
      candidate: {
        select: {
          opening: {
            select: { emailInvitation: true },
          },
        },
      },
    },
  });
  const emailing = candidate.opening.emailInvitation;
  if (emailing)
    await enqueue(tx, {
      kind: EMAIL_KINDS.invitation,
      payload: { invitationId: input.invitationId, url: input.url },
      dedupeKey: `invitation:${input.invitationId}`,
    });
  await scheduleReminder(tx, {
    invitationId: input.invitationId,
    dueAt: input.dueAt,
  });
  return { emailing };
}

/**
 * The reminder for an invitation's due date; one scheduled for an earlier due date is
 * cancelled, so an extension moves the reminder instead of adding one.
 */
export async function scheduleReminder(
  tx: Tx,
  input: { invitationId: string; dueAt: Date },
  now = new Date(),
): Promise<void> {
  const prefix = `reminder:${input.invitationId}:`;
  const dedupeKey = `${prefix}${input.dueAt.toISOString()}`;
  await tx.job.updateMany({
    where: {
      kind: EMAIL_KINDS.reminder,
      status: "PENDING",
      dedupeKey: { startsWith: prefix, not: dedupeKey },
    },
    data: { status: "CANCELLED" },
  });
  const { candidate } = await tx.invitation.findUniqueOrThrow({
    where: { id: input.invitationId },
    select: {
      candidate: {
        select: {
          opening: {
            select: { emailReminders: true, reminderHoursBefore: true },
          },
        },
      },
    },
  });
  const { opening } = candidate;
  const runAt = reminderTimeFor(input.dueAt, opening.reminderHoursBefore, now);
  if (!opening.emailReminders || !runAt) return;
  await enqueue(tx, {
    kind: EMAIL_KINDS.reminder,
    payload: {
      invitationId: input.invitationId,
      dueAt: input.dueAt.toISOString(),
    },
    dedupeKey,
    runAt,
  });
}

/** The candidate's confirmation and a notice to each panelist already assigned. */
export async function enqueueSubmissionEmails(
  tx: Tx,
  input: { candidateId: string; baseUrl: string },
): Promise<void> {
  const candidate = await tx.candidate.findUniqueOrThrow({
    where: { id: input.candidateId },
    select: {
      opening: { select: { emailConfirmation: true } },
      assignments: { select: { panelistId: true } },
    },
  });
  if (candidate.opening.emailConfirmation)
    await enqueue(tx, {
      kind: EMAIL_KINDS.confirmation,
      payload: { candidateId: input.candidateId },
      dedupeKey: `confirmation:${input.candidateId}`,
    });
  await enqueuePanelistNotices(tx, {
    ...input,
    panelistIds: candidate.assignments.map((a) => a.panelistId),
  });
}

/**
 * "A submission is waiting for you", to these panelists of a submitted candidate: at
 * submission, or when a panelist joins the panel later. Once per panelist and candidate.
 */
export async function enqueuePanelistNotices(
  tx: Tx,
  input: { candidateId: string; panelistIds: string[]; baseUrl: string },
): Promise<void> {
  if (input.panelistIds.length === 0) return;
  const candidate = await tx.candidate.findUniqueOrThrow({
    where: { id: input.candidateId },
    select: {
      opening: { select: { emailPanelistNotice: true } },
      attempt: { select: { submittedAt: true } },
    },
  });
  if (!candidate.opening.emailPanelistNotice || !candidate.attempt?.submittedAt)
    return;
  await enqueue(
    tx,
    input.panelistIds.map((panelistId) => ({
      kind: EMAIL_KINDS.submissionWaiting,
      payload: {
        candidateId: input.candidateId,
        panelistId,
        baseUrl: input.baseUrl,
      },
      dedupeKey: `submission-waiting:${input.candidateId}:${panelistId}`,
    })),
  );
}

/** "The panel is complete", once every assigned panelist has submitted a scorecard. */
export async function enqueuePanelCompleteIfDone(
  tx: Tx,
  input: { candidateId: string; baseUrl: string },
): Promise<void> {
  const candidate = await tx.candidate.findUniqueOrThrow({
    where: { id: input.candidateId },
    select: {
      opening: { select: { emailPanelComplete: true } },
      assignments: { select: { panelistId: true } },
      scorecards: {
        where: { status: "SUBMITTED" },
        select: { panelistId: true },
      },
    },
  });
  const submitted = new Set(candidate.scorecards.map((s) => s.panelistId));
  const complete =
    candidate.assignments.length > 0 &&
    candidate.assignments.every((a) => submitted.has(a.panelistId));
  if (!complete || !candidate.opening.emailPanelComplete) return;
  await enqueue(tx, {
    kind: EMAIL_KINDS.panelComplete,
    payload: { candidateId: input.candidateId, baseUrl: input.baseUrl },
    dedupeKey: `panel-complete:${input.candidateId}`,
  });
}
