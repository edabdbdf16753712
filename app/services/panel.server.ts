// A panelist's view of their assignments. Selects codes, never names or emails: panelists
// score blind.
import {
  QUEUE_ORDER,
  queueStatus,
  type QueueStatus,
} from "#app/domain/scorecard";
import { prisma } from "./db.server";

export type { QueueStatus };

export type QueueEntry = {
  id: string;
  code: string;
  status: QueueStatus;
  /** When the candidate submitted their attempt. */
  submittedAt: Date | null;
  /** When this panelist last saved or submitted their scorecard. */
  scoredAt: Date | null;
};

export async function listPanelQueue(panelistId: string) {
  const assignments = await prisma.panelAssignment.findMany({
    where: { panelistId },
    orderBy: { createdAt: "asc" },
    select: {
      candidate: {
        select: {
          id: true,
          code: true,
          opening: { select: { id: true, title: true } },
          attempt: { select: { submittedAt: true } },
          scorecards: {
            where: { panelistId },
            select: { status: true, submittedAt: true, updatedAt: true },
          },
        },
      },
    },
  });
  const groups = new Map<
    string,
    { openingId: string; openingTitle: string; candidates: QueueEntry[] }
  >();
  for (const { candidate } of assignments) {
    const group = groups.get(candidate.opening.id) ?? {
      openingId: candidate.opening.id,
      openingTitle: candidate.opening.title,
      candidates: [],
    };
    const scorecard = candidate.scorecards[0];
    const submittedAt = candidate.attempt?.submittedAt ?? null;
    group.candidates.push({
      id: candidate.id,
      code: candidate.code,
      status: queueStatus({
        attemptSubmittedAt: submittedAt,
        scorecardStatus: scorecard?.status,
      }),
      submittedAt,
      scoredAt: scorecard
        ? (scorecard.submittedAt ?? scorecard.updatedAt)
        : null,
    });
    groups.set(candidate.opening.id, group);
  }
  for (const group of groups.values()) {
    // Oldest submissions first within a status: they have waited longest for a score.
    group.candidates.sort(
      (a, b) =>
        QUEUE_ORDER[a.status] - QUEUE_ORDER[b.status] ||
        (a.submittedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) -
          (b.submittedAt?.getTime() ?? Number.MAX_SAFE_INTEGER),
    );
  }
  return [...groups.values()];
}
