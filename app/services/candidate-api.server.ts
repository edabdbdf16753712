// The server side of the candidate's autosave: session check, body limits, request validation
// and the one mapping from a save's outcome to an HTTP answer, so every autosave route speaks
// the contract in app/autosave/contract.ts (whose schemas the browser checks answers with).
import * as z from "zod/v4/core";
import type {
  ConflictAnswer,
  ErrorAnswer,
  SavedAnswer,
} from "#app/autosave/contract";
import { LIMITS } from "#app/domain/autosave";
import { stripNulDeep } from "#app/domain/request-input";
import { UserFacingError } from "#app/utils/errors";
import {
  CLOSED_MESSAGE,
  type SaveResult,
} from "./assessment/autosaved-write.server";
import {
  getCandidateContext,
  type CandidateContext,
} from "./candidate-session.server";

const NO_STORE = { "Cache-Control": "no-store" };

function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers: NO_STORE });
}

export const SESSION_ENDED =
  "Your session has ended, so this wasn't saved. Your text is kept on this device: open your invite link again to carry on.";

async function readJson<Schema extends z.$ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.output<Schema>> {
  const tooLarge = () =>
    new UserFacingError(
      `That request is larger than ${LIMITS.requestBytes / 1024} KB, the most a single save may carry.`,
      undefined,
      413,
    );
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > LIMITS.requestBytes) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > LIMITS.requestBytes) throw tooLarge();
  let raw: unknown;
  try {
    // PostgreSQL cannot store NUL; in a candidate's text it is an invisible leftover of a
    // paste, so it is dropped rather than the save refused (docs/decisions/007-forms-and-input-parsing.md).
    raw = stripNulDeep(JSON.parse(text));
  } catch {
    throw new UserFacingError("The request is not valid JSON.", undefined, 400);
  }
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserFacingError(
      issue?.message ?? "The request is not valid.",
      issue?.path.join(".") || undefined,
      400,
    );
  }
  return parsed.data;
}

/**
 * Runs one candidate API call: answers 401 without a session (never a redirect: the browser's
 * autosave must see the failure to keep the text), parses the JSON body with `schema`, and turns
 * a UserFacingError into its status with the message.
 */
export async function handleCandidateApi<Schema extends z.$ZodType>(
  request: Request,
  schema: Schema,
  run: (
    context: CandidateContext,
    input: z.output<Schema>,
  ) => Promise<Response>,
): Promise<Response> {
  try {
    const context = await getCandidateContext(request);
    if (!context) return json({ error: SESSION_ENDED }, 401);
    const input = await readJson(request, schema);
    return await run(context, input);
  } catch (error) {
    if (error instanceof UserFacingError) {
      const body: ErrorAnswer = { error: error.message };
      if (error.field) body.field = error.field;
      return json(body, error.status);
    }
    throw error;
  }
}

export function saveResponse<Value>(result: SaveResult<Value>): Response {
  switch (result.status) {
    case "saved":
      return json({
        revision: result.revision,
        savedAt: result.savedAt.toISOString(),
      } satisfies SavedAnswer);
    case "conflict":
      return json(
        {
          conflict: {
            serverRevision: result.serverRevision,
            serverValue: result.serverValue,
            serverSavedAt: result.serverSavedAt?.toISOString() ?? null,
          },
        } satisfies ConflictAnswer,
        409,
      );
    case "closed":
      return closedResponse();
  }
}

export function closedResponse(): Response {
  return json({ closed: true, error: CLOSED_MESSAGE }, 410);
}

export function methodNotAllowed(allowed: string): Response {
  return Response.json(
    { error: "Method not allowed" },
    { status: 405, headers: { Allow: allowed } },
  );
}

export { json as jsonResponse };
