// Autosave of one written answer: POST { body, baseRevision }. The contract every autosave
// route shares is in app/autosave/contract.ts.
import type { ActionFunctionArgs } from "@remix-run/node";
import { AnswerSaveRequest } from "#app/autosave/requests";
import { isRecordId } from "#app/domain/request-input";
import { saveAnswer } from "#app/services/assessment/save-answer.server";
import {
  handleCandidateApi,
  jsonResponse,
  methodNotAllowed,
  saveResponse,
} from "#app/services/candidate-api.server";

export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const questionKey = params.questionKey;
  if (!isRecordId(questionKey))
    return jsonResponse({ error: "Not found" }, 404);
  return handleCandidateApi(
    request,
    AnswerSaveRequest,
    async (context, input) =>
      saveResponse(
        await saveAnswer(context, {
          questionKey,
          body: input.body,
          baseRevision: input.baseRevision,
        }),
      ),
  );
}
