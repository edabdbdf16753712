// Autosave of one review comment. POST { filePath, side, startLine, endLine, body, category,
// severity, baseRevision } creates (baseRevision 0, with the id the browser chose, so a retry
// cannot add a duplicate) or updates it; DELETE { baseRevision } removes it. The contract every
// autosave route shares is in app/autosave/contract.ts.
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import {
  CommentDeleteRequest,
  CommentSaveRequest,
} from "#app/autosave/requests";
import { deleteReviewComment } from "#app/services/assessment/delete-review-comment.server";
import { saveReviewComment } from "#app/services/assessment/save-review-comment.server";
import {
  closedResponse,
  handleCandidateApi,
  jsonResponse,
  methodNotAllowed,
  saveResponse,
} from "#app/services/candidate-api.server";

const CommentId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "That is not a comment id.");

export async function action({ request, params }: ActionFunctionArgs) {
  const id = CommentId.safeParse(params.commentId);
  if (!id.success) return jsonResponse({ error: "Not found" }, 404);
  if (request.method === "POST") {
    return handleCandidateApi(
      request,
      CommentSaveRequest,
      async (context, input) =>
        saveResponse(
          await saveReviewComment(context, { id: id.data, ...input }),
        ),
    );
  }
  if (request.method === "DELETE") {
    return handleCandidateApi(
      request,
      CommentDeleteRequest,
      async (context, input) => {
        const result = await deleteReviewComment(context, {
          id: id.data,
          baseRevision: input.baseRevision,
        });
        if (result.status === "closed") return closedResponse();
        if (result.status === "conflict") return saveResponse(result);
        return jsonResponse({
          revision: 0,
          deleted: true,
          savedAt: new Date().toISOString(),
        });
      },
    );
  }
  return methodNotAllowed("POST, DELETE");
}
