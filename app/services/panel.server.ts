// A panelist's view of their assignments. Selects codes, never names or emails: panelists
// score blind.
import { prisma } from "./db.server";

export type QueueStatus = "waiting" | "to-score" | "draft" | "submitted";

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
          scorecards: { where: { panelistId }, select: { status: true } },
        },
      },
    },
  });
  const groups = new Map<
    string,
    {
      openingId: string;
      openingTitle: string;
      candidates: {
        id: string;
        code: string;
        status: QueueStatus;
        submittedAt: Date | null;
      }[];
    }
  >();
  for (const { candidate } of assignments) {
    const group = groups.get(candidate.opening.id) ?? {
      openingId: candidate.opening.id,
      openingTitle: candidate.opening.title,
      candidates: [],
    };
    const scorecard = candidate.scorecards[0];
    const submittedAt = candidate.attempt?.submittedAt ?? null;
    const status: QueueStatus = !submittedAt
      ? "waiting"
      : scorecard?.status === "SUBMITTED"
        ? "submitted"
        : scorecard
          ? "draft"
          : "to-score";
    group.candidates.push({
      id: candidate.id,
      code: candidate.code,
      status,
      submittedAt,
    });
    groups.set(candidate.opening.id, group);
  }
  return [...groups.values()];
}
