// Autosave of one written answer: POST { body, baseRevision }. The contract every autosave
// route shares is in app/autosave/contract.ts.
import type { ActionFunctionArgs } from "@remix-run/node";
import { AnswerSaveRequest } from "#app/autosave/requests";
import { saveAnswer } from "#app/services/attempt.server";
import {
  handleCandidateApi,
  methodNotAllowed,
  saveResponse,
} from "#app/services/candidate-api.server";

export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  return handleCandidateApi(
    request,
    AnswerSaveRequest,
    async (context, input) =>
      saveResponse(
        await saveAnswer(context, {
          questionKey: params.questionKey ?? "",
          body: input.body,
          baseRevision: input.baseRevision,
        }),
      ),
  );
}
