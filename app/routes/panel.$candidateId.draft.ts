// Autosave endpoint for a scorecard draft: the scoring page posts its whole form here and
// reads JSON back, so a failed save never replaces the page (see use-draft-autosave.ts).
import type { ActionFunctionArgs } from "@remix-run/node";
import { scorecardFormSchema } from "#app/domain/scorecard-form";
import { requireRole } from "#app/services/auth.server";
import { getScoringRubric } from "#app/services/scoring/get-scoring-rubric.server";
import { saveDraft } from "#app/services/scoring/save-draft.server";
import { UserFacingError } from "#app/utils/errors";
import { parseForm } from "#app/utils/forms";

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, [
    "ADMIN",
    "HIRING_MANAGER",
    "PANELIST",
  ]);
  const candidateId = params.candidateId ?? "";
  const rubric = await getScoringRubric(user, candidateId);
  const parsed = parseForm(
    await request.formData(),
    scorecardFormSchema(rubric),
  );
  if (!parsed.ok) {
    return Response.json({ ok: false, errors: parsed.errors }, { status: 400 });
  }
  try {
    const saved = await saveDraft(user, candidateId, {
      revision: parsed.value.revision,
      content: parsed.value.content,
    });
    return Response.json({
      ok: true,
      revision: saved.revision,
      savedAt: saved.savedAt.toISOString(),
    });
  } catch (error) {
    if (error instanceof UserFacingError) {
      return Response.json(
        { ok: false, message: error.message },
        { status: error.status },
      );
    }
    throw error;
  }
}
