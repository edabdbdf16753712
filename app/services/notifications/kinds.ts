// The emails Leadbench sends as background jobs: each kind's name and payload, checked with
// zod when a job is delivered (a payload is stored data, written by an older version perhaps).
import { z } from "zod";

export const EMAIL_KINDS = {
  invitation: "email.invitation",
  reminder: "email.reminder",
  confirmation: "email.submission-confirmation",
  submissionWaiting: "email.submission-waiting",
  panelComplete: "email.panel-complete",
} as const;

export const payloadSchemas = {
  [EMAIL_KINDS.invitation]: z.object({
    invitationId: z.string(),
    /** The candidate's link, kept only until the email is delivered (then redacted). */
    url: z.string().nullable(),
  }),
  [EMAIL_KINDS.reminder]: z.object({
    invitationId: z.string(),
    /** The due date the reminder was scheduled for: an extended one makes it obsolete. */
    dueAt: z.iso.datetime(),
  }),
  [EMAIL_KINDS.confirmation]: z.object({ candidateId: z.string() }),
  [EMAIL_KINDS.submissionWaiting]: z.object({
    candidateId: z.string(),
    panelistId: z.string(),
    baseUrl: z.string(),
  }),
  [EMAIL_KINDS.panelComplete]: z.object({
    candidateId: z.string(),
    baseUrl: z.string(),
  }),
};

/** The name of a kind as an admin reads it in the delivery log. */
export const KIND_LABELS: Record<string, string> = {
  [EMAIL_KINDS.invitation]: "Invitation",
  [EMAIL_KINDS.reminder]: "Reminder to the candidate",
  [EMAIL_KINDS.confirmation]: "Submission confirmation",
  [EMAIL_KINDS.submissionWaiting]: "Submission waiting (panelist)",
  [EMAIL_KINDS.panelComplete]: "Panel complete (hiring manager)",
};
