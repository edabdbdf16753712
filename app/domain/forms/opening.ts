// The opening form's schema (create and edit), shared by both actions and the browser: what
// an opening must say before anyone is assessed against it.
import { z } from "zod";
import { TARGET_LEVELS } from "../levels";
import {
  checkbox,
  pastedText,
  recordId,
  textLine,
  wholeNumber,
} from "./fields";

const contentReference = z
  .string({ error: "Choose an item from the list." })
  .regex(/^[a-z0-9][a-z0-9-]*@\d{1,6}$/, "Choose an item from the list.")
  .transform((value) => {
    const [key = "", version = "0"] = value.split("@");
    return { key, version: Number(version) };
  });

export const OpeningFormSchema = z
  .object({
    title: textLine({
      label: "Title",
      min: 3,
      max: 120,
      required: "Give the opening a title of at least 3 characters.",
    }),
    teamSize: wholeNumber({
      label: "The team size",
      min: 1,
      max: 200,
      messages: {
        min: "A team has at least one person.",
        max: "That is more than one tech lead can lead.",
      },
    }),
    seniorityMix: textLine({
      label: "Seniority mix",
      min: 2,
      max: 300,
      required: "Describe the team's seniority mix.",
    }),
    codingSharePercent: wholeNumber({
      label: "A percentage",
      min: 0,
      max: 100,
      messages: { min: "Between 0 and 100.", max: "Between 0 and 100." },
    }),
    mainChallenge: pastedText({
      label: "The main technical challenge",
      min: 10,
      max: 2000,
      required: "Describe the main technical challenge in a sentence or two.",
    }),
    targetLevel: z.enum(TARGET_LEVELS, { error: "Choose a target level." }),
    rubric: contentReference,
    questionSet: contentReference,
    exercise: contentReference,
    hiringManagerId: recordId("a hiring manager"),
    timeAllowedDays: wholeNumber({
      label: "The time allowed",
      min: 1,
      max: 90,
      messages: {
        min: "Give candidates at least a day.",
        max: "At most 90 days.",
      },
    }),
    reminderHoursBefore: wholeNumber({
      label: "The reminder time",
      min: 1,
      max: 24 * 30,
      messages: {
        min: "At least an hour before the due date.",
        max: "At most 30 days (720 hours) before the due date.",
      },
    }),
    emailInvitation: checkbox(),
    emailReminders: checkbox(),
    emailConfirmation: checkbox(),
    emailPanelistNotice: checkbox(),
    emailPanelComplete: checkbox(),
  })
  .transform(({ rubric, questionSet, exercise, ...rest }) => ({
    ...rest,
    rubricKey: rubric.key,
    rubricVersion: rubric.version,
    questionSetKey: questionSet.key,
    questionSetVersion: questionSet.version,
    exerciseKey: exercise.key,
    exerciseVersion: exercise.version,
  }));
