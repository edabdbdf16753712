// Autosave of the review summary: POST { verdict, body, baseRevision }. The contract every
// autosave route shares is in app/services/candidate-api.server.ts.
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { INT4_MAX } from "#app/domain/request-input";
import { REVIEW_VERDICT_KEYS } from "#app/domain/review";
import { saveReviewSummary } from "#app/services/attempt.server";
import {
  handleCandidateApi,
  methodNotAllowed,
  saveResponse,
} from "#app/services/candidate-api.server";

const SummarySaveSchema = z.object({
  verdict: z
    .enum(REVIEW_VERDICT_KEYS, { error: "Choose a verdict." })
    .nullable(),
  body: z.string({ error: "The summary must be text." }),
  baseRevision: z.int().min(0).max(INT4_MAX),
});

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  return handleCandidateApi(
    request,
    SummarySaveSchema,
    async (context, input) =>
      saveResponse(await saveReviewSummary(context, input)),
  );
}
