// A panelist submits their scorecard: complete or answered with field errors, then locked.
// The last of the panel to submit queues "the panel is complete" for the hiring manager.
import type { Actor } from "#app/domain/roles";
import { completenessErrors } from "#app/domain/scorecard";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { publicBaseUrl } from "../invitations/invitation-url.server";
import { enqueuePanelCompleteIfDone } from "../notifications/enqueue.server";
import {
  assignedCandidate,
  ownScorecard,
  rubricFor,
  submittedAttempt,
} from "./assignment.server";
import {
  auditSnapshot,
  rethrowUniqueAsConflict,
  scorecardLocked,
  writeScorecardRevision,
  type ScorecardInput,
  type SubmitResult,
} from "./scorecard-revision.server";

/** Submits a complete scorecard and locks it; an incomplete one answers field errors. */
export async function submitScorecard(
  panelist: Actor,
  candidateId: string,
  input: ScorecardInput,
): Promise<SubmitResult> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  submittedAttempt(candidate);
  const existing = await prisma.scorecard.findUnique({
    where: ownScorecard(panelist, candidateId),
    select: {
      id: true,
      status: true,
      rubricKey: true,
      rubricVersion: true,
    },
  });
  if (existing?.status === "SUBMITTED") throw scorecardLocked();
  const rubric = await rubricFor(candidate, existing);
  const errors = completenessErrors(rubric, input.content);
  if (Object.keys(errors).length) return { ok: false, errors };

  const now = new Date();
  await prisma
    .$transaction(async (tx) => {
      const written = await writeScorecardRevision(
        tx,
        {
          candidateId,
          panelistId: panelist.id,
          existingId: existing?.id ?? null,
          whileStatus: "DRAFT",
        },
        rubric,
        input,
        { status: "SUBMITTED", submittedAt: now },
      );
      await recordAudit(tx, {
        actorId: panelist.id,
        action: "scorecard.submit",
        entityType: "Scorecard",
        entityId: written.id,
        after: auditSnapshot(input.content),
      });
      await enqueuePanelCompleteIfDone(tx, {
        candidateId,
        baseUrl: publicBaseUrl(),
      });
    })
    .catch(rethrowUniqueAsConflict);
  return { ok: true };
}
