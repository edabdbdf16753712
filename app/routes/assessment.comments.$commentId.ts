// Autosave of one review comment. POST { filePath, side, startLine, endLine, body, category,
// severity, baseRevision } creates (baseRevision 0, with the id the browser chose, so a retry
// cannot add a duplicate) or updates it; DELETE { baseRevision } removes it. The contract every
// autosave route shares is in app/services/candidate-api.server.ts.
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import {
  DEFECT_CATEGORIES,
  DEFECT_SEVERITIES,
} from "#app/domain/content/constants";
import { INT4_MAX } from "#app/domain/request-input";
import {
  deleteReviewComment,
  saveReviewComment,
} from "#app/services/attempt.server";
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

const lineNumber = z
  .int({ error: "Line numbers are whole numbers." })
  .min(1, { error: "Line numbers start at 1." })
  .max(INT4_MAX, { error: "That line is beyond the end of any file." });

const CommentSaveSchema = z.object({
  filePath: z.string().min(1, { error: "Choose a file." }).max(500),
  side: z.enum(["AFTER", "BEFORE"]),
  startLine: lineNumber,
  endLine: lineNumber,
  body: z.string({ error: "The comment must be text." }),
  category: z.enum(DEFECT_CATEGORIES).nullable(),
  severity: z.enum(DEFECT_SEVERITIES).nullable(),
  baseRevision: z.int().min(0).max(INT4_MAX),
});

const CommentDeleteSchema = z.object({
  baseRevision: z.int().min(1).max(INT4_MAX),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const id = CommentId.safeParse(params.commentId);
  if (!id.success) return jsonResponse({ error: "Not found" }, 404);
  if (request.method === "POST") {
    return handleCandidateApi(
      request,
      CommentSaveSchema,
      async (context, input) =>
        saveResponse(
          await saveReviewComment(context, { id: id.data, ...input }),
        ),
    );
  }
  if (request.method === "DELETE") {
    return handleCandidateApi(
      request,
      CommentDeleteSchema,
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
