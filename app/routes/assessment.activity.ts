// Time on task and pastes, reported by the browser: POST { activeSeconds, pasteCount,
// pasteCharacters } → 204. Context for panelists only, so it never blocks the candidate; the
// server caps what one report may add (app/domain/autosave, ACTIVITY). A report that arrives
// after submission (a heartbeat racing the submit button) is ignored, also with 204: there is
// nothing the candidate could do about it.
import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { recordActivity } from "#app/services/assessment/record-activity.server";
import {
  handleCandidateApi,
  methodNotAllowed,
} from "#app/services/candidate-api.server";

// Bounded per report so that no claim, however many, can overflow the int4 counters.
const count = (max: number) => z.int().min(0).max(max);

const ActivitySchema = z.object({
  activeSeconds: count(86_400),
  pasteCount: count(1_000),
  pasteCharacters: count(1_000_000),
});

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  return handleCandidateApi(request, ActivitySchema, async (context, input) => {
    await recordActivity(context, input);
    return new Response(null, {
      status: 204,
      headers: { "Cache-Control": "no-store" },
    });
  });
}
