// Autosave endpoint for a scorecard draft: the autosave engine (app/autosave/) posts the whole
// form here and reads JSON back in the shared contract (app/autosave/contract.ts), so a failed
// save never replaces the page. Refusals are worded for the draft's status line.
import type { ActionFunctionArgs } from "@remix-run/node";
import type { ErrorAnswer, SavedAnswer } from "#app/autosave/contract";
import { scorecardFormSchema } from "#app/domain/scorecard-form";
import { requireRole } from "#app/services/auth.server";
import {
  parseSubmission,
  readForm,
} from "#app/services/form-submission.server";
import { requireRecordId } from "#app/services/route-params.server";
import { getScoringRubric } from "#app/services/scoring/get-scoring-rubric.server";
import { saveDraft } from "#app/services/scoring/save-draft.server";
import { UserFacingError } from "#app/utils/errors";

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, [
    "ADMIN",
    "HIRING_MANAGER",
    "PANELIST",
  ]);
  const candidateId = requireRecordId(params.candidateId);
  const rubric = await getScoringRubric(user, candidateId);
  const submission = parseSubmission(
    await readForm(request),
    scorecardFormSchema(rubric),
  );
  if (submission.status !== "success") {
    const errors = submission.error ?? {};
    const first = Object.values(errors).flat()[0];
    return Response.json(
      {
        ok: false,
        error: `Not saved: ${first || "check what you entered"}`,
        errors,
      } satisfies ErrorAnswer & Record<string, unknown>,
      { status: 400 },
    );
  }
  try {
    const saved = await saveDraft(user, candidateId, {
      revision: submission.value.revision,
      content: submission.value.content,
    });
    return Response.json({
      ok: true,
      revision: saved.revision,
      savedAt: saved.savedAt.toISOString(),
    } satisfies SavedAnswer & { ok: true });
  } catch (error) {
    if (error instanceof UserFacingError) {
      // A stale revision or a scorecard submitted elsewhere (409): the page offers no
      // side-by-side choice, so the message says what to do and saving waits for an edit.
      return Response.json(
        { ok: false, error: error.message } satisfies ErrorAnswer & {
          ok: false;
        },
        { status: error.status },
      );
    }
    throw error;
  }
}
