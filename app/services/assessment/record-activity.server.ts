// The browser's reports of the candidate's activity: time on task and pastes.
import { creditActiveSeconds, ACTIVITY } from "#app/domain/autosave";
import type { CandidateContext } from "../candidate-session.server";
import { onOpenAttempt } from "./autosaved-write.server";

/**
 * Adds active time and pastes reported by the browser. Context for panelists, never a gate:
 * it is recorded only while the attempt is open, and a refused report changes nothing.
 */
export async function recordActivity(
  context: CandidateContext,
  input: { activeSeconds: number; pasteCount: number; pasteCharacters: number },
): Promise<{ status: "recorded"; credited: number } | { status: "closed" }> {
  return onOpenAttempt(context.attemptId, async (tx) => {
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: context.attemptId },
      select: { lastActivityAt: true },
    });
    const now = new Date();
    const credited = creditActiveSeconds({
      claimedSeconds: input.activeSeconds,
      lastActivityAt: attempt.lastActivityAt,
      now,
    });
    const pasteCount = Math.max(0, Math.floor(input.pasteCount));
    const pasteCharacters = Math.min(
      Math.max(0, Math.floor(input.pasteCharacters)),
      pasteCount * ACTIVITY.maxPasteCharacters,
    );
    await tx.attempt.update({
      where: { id: context.attemptId },
      data: {
        activeSeconds: { increment: credited },
        pasteCount: { increment: pasteCount },
        pasteCharacters: { increment: pasteCharacters },
        // Only reports of real work move it, so it also bounds the next report's credit.
        ...(credited > 0 ? { lastActivityAt: now } : {}),
      },
    });
    return { status: "recorded" as const, credited };
  });
}
