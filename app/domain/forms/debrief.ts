// The debrief page's forms: reveal the candidate's identity, record a decision.
import { z } from "zod";
import { intent, pastedText } from "./fields";

export const DECISIONS = ["ADVANCE", "HOLD", "REJECT"] as const;

export const RevealSchema = z.object({ intent: intent("reveal") });

export const DecideSchema = z.object({
  intent: intent("decide"),
  decision: z.enum(DECISIONS, { error: "Choose advance, hold or reject." }),
  rationale: pastedText({
    label: "The rationale",
    min: 20,
    max: 4000,
    required:
      "Write at least a sentence (20 characters): the rationale is what the record keeps.",
    tooLong: "Keep the rationale under 4,000 characters.",
  }),
});
