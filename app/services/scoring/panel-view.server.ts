// What a panelist sees of the rest of the panel, once their own scorecard is submitted.
import { prisma } from "../db.server";
import { scorecardContent, scorecardSelect } from "./scorecard-revision.server";

/**
 * Only called once the panelist has submitted: the submitted scorecards of the whole panel,
 * and the matcher overrides of those who submitted. Drafts stay private to their author.
 */
export async function panelView(candidateId: string, panelistId: string) {
  const [scorecards, assigned] = await Promise.all([
    prisma.scorecard.findMany({
      where: { candidateId, status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: {
        ...scorecardSelect,
        panelist: { select: { id: true, name: true } },
      },
    }),
    prisma.panelAssignment.count({ where: { candidateId } }),
  ]);
  const submittedBy = scorecards.map((s) => s.panelist.id);
  const overrides = await prisma.defectOverride.findMany({
    where: {
      candidateId,
      panelistId: { in: submittedBy.filter((id) => id !== panelistId) },
    },
    orderBy: { updatedAt: "asc" },
    select: {
      defectId: true,
      found: true,
      reason: true,
      panelist: { select: { name: true } },
    },
  });
  const mineFirst = [...scorecards].sort(
    (a, b) =>
      Number(b.panelist.id === panelistId) -
      Number(a.panelist.id === panelistId),
  );
  return {
    scorecards: mineFirst.map((row) => ({
      panelistName: row.panelist.name,
      mine: row.panelist.id === panelistId,
      submittedAt: row.submittedAt,
      content: scorecardContent(row),
    })),
    awaiting: Math.max(0, assigned - scorecards.length),
    overrides: overrides.map((override) => ({
      defectId: override.defectId,
      found: override.found,
      reason: override.reason,
      panelistName: override.panelist.name,
    })),
  };
}
