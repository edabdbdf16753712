// Delivers the email jobs: reads what the email needs at delivery time, skips one that is no
// longer true (a revoked link, a candidate who has submitted, an extended due date), sends it,
// and drops the candidate's link from the stored payload once it is sent.
import {
  invitationEmail,
  panelCompleteEmail,
  reminderEmail,
  submissionConfirmationEmail,
  submissionWaitingEmail,
} from "#app/domain/emails/messages";
import { invitationState } from "#app/domain/candidate-stage";
import { getEnv } from "#app/utils/env.server";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import type { JobContext, JobHandlers } from "../jobs/worker.server";
import { sendEmail } from "../mail.server";
import { EMAIL_KINDS, payloadSchemas } from "./kinds";

/** One Message-ID per job, the same on every try: see docs/decisions/013-background-jobs.md. */
function messageIdFor(context: JobContext): string {
  const host = new URL(getEnv().APP_URL ?? "http://leadbench.local").hostname;
  return `<job-${context.job.id}@${host}>`;
}

async function deliverInvitation(payload: unknown, context: JobContext) {
  const { invitationId, url } =
    payloadSchemas[EMAIL_KINDS.invitation].parse(payload);
  const invitation = await prisma.invitation.findUniqueOrThrow({
    where: { id: invitationId },
    select: {
      expiresAt: true,
      revokedAt: true,
      dueAt: true,
      candidate: {
        select: {
          id: true,
          name: true,
          email: true,
          opening: { select: { title: true } },
        },
      },
    },
  });
  // A link revoked or re-issued before its email went out must not be sent: it no longer works.
  if (!url || invitationState(invitation, context.now) !== "active") return;
  const { candidate } = invitation;
  await sendEmail({
    to: candidate.email,
    messageId: messageIdFor(context),
    ...invitationEmail({
      candidateName: candidate.name,
      openingTitle: candidate.opening.title,
      url,
      dueAt: invitation.dueAt ?? invitation.expiresAt,
    }),
  });
  await prisma.invitation.update({
    where: { id: invitationId },
    data: { emailedAt: context.now },
  });
  await recordAudit(prisma, {
    actorLabel: "system",
    action: "invitation.email",
    entityType: "Candidate",
    entityId: candidate.id,
  });
}

async function deliverReminder(payload: unknown, context: JobContext) {
  const { invitationId, dueAt } =
    payloadSchemas[EMAIL_KINDS.reminder].parse(payload);
  const invitation = await prisma.invitation.findUniqueOrThrow({
    where: { id: invitationId },
    select: {
      expiresAt: true,
      revokedAt: true,
      dueAt: true,
      candidate: {
        select: {
          name: true,
          email: true,
          opening: { select: { title: true, emailReminders: true } },
          attempt: { select: { policyAcceptedAt: true, submittedAt: true } },
        },
      },
    },
  });
  const { candidate } = invitation;
  const stillDue =
    invitationState(invitation, context.now) === "active" &&
    invitation.dueAt?.toISOString() === dueAt &&
    !candidate.attempt?.submittedAt &&
    candidate.opening.emailReminders;
  if (!stillDue) return;
  await sendEmail({
    to: candidate.email,
    messageId: messageIdFor(context),
    ...reminderEmail({
      candidateName: candidate.name,
      openingTitle: candidate.opening.title,
      dueAt: new Date(dueAt),
      started: Boolean(candidate.attempt?.policyAcceptedAt),
    }),
  });
}

async function deliverConfirmation(payload: unknown, context: JobContext) {
  const { candidateId } =
    payloadSchemas[EMAIL_KINDS.confirmation].parse(payload);
  const candidate = await prisma.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    select: { name: true, email: true, opening: { select: { title: true } } },
  });
  await sendEmail({
    to: candidate.email,
    messageId: messageIdFor(context),
    ...submissionConfirmationEmail({
      candidateName: candidate.name,
      openingTitle: candidate.opening.title,
    }),
  });
}

async function deliverSubmissionWaiting(payload: unknown, context: JobContext) {
  const { candidateId, panelistId, baseUrl } =
    payloadSchemas[EMAIL_KINDS.submissionWaiting].parse(payload);
  const [candidate, assignment] = await Promise.all([
    prisma.candidate.findUniqueOrThrow({
      where: { id: candidateId },
      select: { code: true, opening: { select: { title: true } } },
    }),
    prisma.panelAssignment.findUnique({
      where: { candidateId_panelistId: { candidateId, panelistId } },
      select: {
        panelist: { select: { name: true, email: true, active: true } },
      },
    }),
  ]);
  // Taken off the panel (or deactivated) before the email went out.
  if (!assignment?.panelist.active) return;
  await sendEmail({
    to: assignment.panelist.email,
    messageId: messageIdFor(context),
    ...submissionWaitingEmail({
      panelistName: assignment.panelist.name,
      openingTitle: candidate.opening.title,
      candidateCode: candidate.code,
      url: new URL(`/panel/${candidateId}`, baseUrl).toString(),
    }),
  });
}

async function deliverPanelComplete(payload: unknown, context: JobContext) {
  const { candidateId, baseUrl } =
    payloadSchemas[EMAIL_KINDS.panelComplete].parse(payload);
  const candidate = await prisma.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    select: {
      code: true,
      _count: { select: { assignments: true } },
      opening: {
        select: {
          id: true,
          title: true,
          hiringManager: { select: { name: true, email: true } },
        },
      },
    },
  });
  const { opening } = candidate;
  await sendEmail({
    to: opening.hiringManager.email,
    messageId: messageIdFor(context),
    ...panelCompleteEmail({
      managerName: opening.hiringManager.name,
      openingTitle: opening.title,
      candidateCode: candidate.code,
      panelSize: candidate._count.assignments,
      url: new URL(
        `/admin/openings/${opening.id}/comparison`,
        baseUrl,
      ).toString(),
    }),
  });
}

/** The handlers every app process's worker runs. */
export const emailHandlers: JobHandlers = {
  [EMAIL_KINDS.invitation]: {
    deliver: deliverInvitation,
    // The candidate's link is a secret whose hash alone the database keeps: once the email is
    // sent, the job forgets it.
    redact: (payload) => ({
      ...payloadSchemas[EMAIL_KINDS.invitation].parse(payload),
      url: null,
    }),
  },
  [EMAIL_KINDS.reminder]: { deliver: deliverReminder },
  [EMAIL_KINDS.confirmation]: { deliver: deliverConfirmation },
  [EMAIL_KINDS.submissionWaiting]: { deliver: deliverSubmissionWaiting },
  [EMAIL_KINDS.panelComplete]: { deliver: deliverPanelComplete },
};
