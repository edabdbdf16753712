// A panelist's correction of the defect matcher, and taking it back.
import { z } from "zod";
import { intent, pastedText, textLine } from "./fields";

const defect = textLine({
  label: "Defect",
  max: 100,
  required: "Choose a defect.",
});

export const OverrideDefectSchema = z.object({
  intent: intent("override-defect"),
  defectId: defect,
  verdict: z.enum(["found", "not-found"], {
    error: "Choose found or not found.",
  }),
  reason: pastedText({
    label: "The reason",
    max: 2000,
    required: "Say why the matcher is wrong about this defect.",
    tooLong: "Keep the reason under 2,000 characters.",
  }),
});

export const ClearOverrideSchema = z.object({
  intent: intent("clear-override"),
  defectId: defect,
});
