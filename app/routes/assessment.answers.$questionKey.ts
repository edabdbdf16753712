// Autosave of one written answer: POST { body, baseRevision }. The contract every autosave
// route shares is in app/services/candidate-api.server.ts.
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { INT4_MAX, isRecordId } from "#app/domain/request-input";
import { saveAnswer } from "#app/services/attempt.server";
import {
  handleCandidateApi,
  jsonResponse,
  methodNotAllowed,
  saveResponse,
} from "#app/services/candidate-api.server";

const AnswerSaveSchema = z.object({
  body: z.string({ error: "The answer must be text." }),
  baseRevision: z.int().min(0).max(INT4_MAX),
});

export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const questionKey = params.questionKey;
  if (!isRecordId(questionKey))
    return jsonResponse({ error: "Not found" }, 404);
  return handleCandidateApi(request, AnswerSaveSchema, async (context, input) =>
    saveResponse(
      await saveAnswer(context, {
        questionKey,
        body: input.body,
        baseRevision: input.baseRevision,
      }),
    ),
  );
}
