// The opening page's forms (adding candidates, invite links, panels), one schema per intent,
// shared by the page's actions and the browser.
import { z } from "zod";
import {
  emailAddress,
  intent,
  pastedText,
  recordId,
  textLine,
  wholeNumber,
} from "./fields";

const candidate = recordId("a candidate");

export const AddCandidateSchema = z.object({
  intent: intent("add-candidate"),
  name: textLine({
    label: "Name",
    max: 200,
    required: "Enter the candidate's name.",
  }),
  email: emailAddress(),
});

export const ImportCandidatesSchema = z.object({
  intent: intent("import-csv"),
  // A pasted list: NUL stripped (see fields.ts).
  csv: pastedText({
    label: "The list",
    max: 200_000,
    required: "Paste one candidate per line: name,email.",
    tooLong: "Paste at most 200 KB at once.",
  }),
});

export const IssueInviteSchema = z.object({
  intent: intent("issue-invite"),
  candidateId: candidate,
});

export const RevokeInviteSchema = z.object({
  intent: intent("revoke-invite"),
  candidateId: candidate,
});

export const ExtendDueDateSchema = z.object({
  intent: intent("extend-due"),
  candidateId: candidate,
  days: wholeNumber({
    label: "The extension",
    min: 1,
    max: 60,
    messages: { min: "Extend by at least a day.", max: "At most 60 days." },
  }),
});

export const SetPanelSchema = z.object({
  intent: intent("set-panel"),
  candidateId: candidate,
  panelistIds: z.array(recordId("a panelist")).max(100).default([]),
});
