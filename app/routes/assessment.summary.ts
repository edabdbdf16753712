// Autosave of the review summary: POST { verdict, body, baseRevision }. The contract every
// autosave route shares is in app/autosave/contract.ts.
import type { ActionFunctionArgs } from "@remix-run/node";
import { SummarySaveRequest } from "#app/autosave/requests";
import { saveReviewSummary } from "#app/services/assessment/save-review-summary.server";
import {
  handleCandidateApi,
  methodNotAllowed,
  saveResponse,
} from "#app/services/candidate-api.server";

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  return handleCandidateApi(
    request,
    SummarySaveRequest,
    async (context, input) =>
      saveResponse(await saveReviewSummary(context, input)),
  );
}
