// What each email says. Pure, so every wording is tested without a mail server; each names
// the opening and carries no secret beyond the candidate's own link.
import { formatDueDateUtc } from "../deadlines";
import { composeEmail, type EmailMessage } from "./layout";

export function invitationEmail(input: {
  candidateName: string;
  openingTitle: string;
  url: string;
  dueAt: Date;
}): EmailMessage {
  return composeEmail({
    subject: `Your assessment for ${input.openingTitle}`,
    greeting: `Hello ${input.candidateName},`,
    paragraphs: [
      `Thank you for your interest in the ${input.openingTitle} role. The next step is a written assessment and a code review you can do in your browser, at your own pace. Your work is saved as you go.`,
      `Please submit it by ${formatDueDateUtc(input.dueAt)}.`,
    ],
    action: { label: "Open your assessment", url: input.url },
    footnote:
      "The link is personal: do not forward it. If you did not expect this email, ignore it.",
  });
}

export function reminderEmail(input: {
  candidateName: string;
  openingTitle: string;
  dueAt: Date;
  started: boolean;
}): EmailMessage {
  return composeEmail({
    subject: `Reminder: your assessment for ${input.openingTitle} is due ${formatDueDateUtc(input.dueAt)}`,
    greeting: `Hello ${input.candidateName},`,
    paragraphs: [
      input.started
        ? `You have started the assessment for ${input.openingTitle} but not submitted it yet. Everything you wrote is saved.`
        : `You have not started the assessment for ${input.openingTitle} yet.`,
      `It is due ${formatDueDateUtc(input.dueAt)}. Open it with the link in your invitation email.`,
    ],
  });
}

export function submissionConfirmationEmail(input: {
  candidateName: string;
  openingTitle: string;
}): EmailMessage {
  return composeEmail({
    subject: `We received your assessment for ${input.openingTitle}`,
    greeting: `Hello ${input.candidateName},`,
    paragraphs: [
      `Thank you: your assessment for ${input.openingTitle} is submitted. The panel reads every submission on its own before they compare notes, and the hiring team will be in touch about the next step.`,
    ],
  });
}

export function submissionWaitingEmail(input: {
  panelistName: string;
  openingTitle: string;
  candidateCode: string;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: `A submission is waiting for you: ${input.candidateCode}, ${input.openingTitle}`,
    greeting: `Hello ${input.panelistName},`,
    paragraphs: [
      `Candidate ${input.candidateCode} has submitted their assessment for ${input.openingTitle}, and you are on their panel.`,
    ],
    action: { label: "Score the submission", url: input.url },
    footnote: "You will need to sign in to Leadbench.",
  });
}

export function panelCompleteEmail(input: {
  managerName: string;
  openingTitle: string;
  candidateCode: string;
  panelSize: number;
  url: string;
}): EmailMessage {
  return composeEmail({
    subject: `The panel is complete: ${input.candidateCode}, ${input.openingTitle}`,
    greeting: `Hello ${input.managerName},`,
    paragraphs: [
      `All ${input.panelSize} panelists have submitted their scorecards for candidate ${input.candidateCode} (${input.openingTitle}). The calibrated comparison includes them now.`,
    ],
    action: { label: "Open the comparison", url: input.url },
    footnote: "You will need to sign in to Leadbench.",
  });
}
