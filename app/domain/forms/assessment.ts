// The candidate's two forms: accepting the policy on outside help, and submitting.
import { z } from "zod";

export const AcceptPolicySchema = z.object({
  acknowledge: z.literal("yes", {
    error: "Please confirm you have read the policy on outside help.",
  }),
});

export const SubmitAssessmentSchema = z.object({
  confirm: z.literal("yes", {
    error: "Tick the box to confirm you want to submit.",
  }),
});
