// Candidates of an opening, their invite state and their panel.
import type { CandidateRow } from "#app/domain/candidate-csv";
import { candidateStage, invitationState } from "#app/domain/candidate-stage";
import type { Actor } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
import { generateCandidateCode } from "#app/utils/tokens.server";
import { recordAudit } from "./audit.server";
import { notFound } from "./auth.server";
import { prisma } from "./db.server";
import { requireManagedOpening } from "./openings.server";

export async function listCandidatesForOpening(
  actor: Actor,
  openingId: string,
) {
  await requireManagedOpening(actor, openingId);
  const candidates = await prisma.candidate.findMany({
    where: { openingId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      code: true,
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          id: true,
          expiresAt: true,
          revokedAt: true,
          emailedAt: true,
          createdAt: true,
        },
      },
      attempt: { select: { startedAt: true, submittedAt: true } },
      assignments: {
        select: { panelist: { select: { id: true, name: true } } },
      },
      _count: { select: { scorecards: { where: { status: "SUBMITTED" } } } },
    },
  });
  return candidates.map((candidate) => {
    const latest = candidate.invitations[0];
    const invitation = latest
      ? { ...latest, state: invitationState(latest) }
      : null;
    return {
      id: candidate.id,
      name: candidate.name,
      email: candidate.email,
      code: candidate.code,
      invitation,
      stage: candidateStage({
        hasActiveInvitation: invitation?.state === "active",
        startedAt: candidate.attempt?.startedAt,
        submittedAt: candidate.attempt?.submittedAt,
        submittedScorecards: candidate._count.scorecards,
      }),
      panelists: candidate.assignments.map((assignment) => assignment.panelist),
    };
  });
}

/** Candidate codes are unique; retry on the rare collision rather than fail the admin. */
async function uniqueCode(): Promise<string> {
  for (let tries = 0; tries < 10; tries++) {
    const code = generateCandidateCode();
    const taken = await prisma.candidate.findUnique({
      where: { code },
      select: { id: true },
    });
    if (!taken) return code;
  }
  throw new Error("Could not find a free candidate code");
}

export async function addCandidates(
  actor: Actor,
  openingId: string,
  rows: Omit<CandidateRow, "line">[],
) {
  await requireManagedOpening(actor, openingId);
  const emails = rows.map((row) => row.email.toLowerCase());
  const existing = await prisma.candidate.findMany({
    where: { openingId, email: { in: emails } },
    select: { email: true },
  });
  if (existing.length) {
    throw new UserFacingError(
      `Already a candidate for this opening: ${existing.map((candidate) => candidate.email).join(", ")}`,
      "email",
    );
  }
  const codes: string[] = [];
  for (const _row of rows) codes.push(await uniqueCode());
  // All or nothing, and an email added meanwhile by someone else surfaces as a form error.
  return prisma
    .$transaction(
      async (tx) => {
        const created = [];
        for (const [index, row] of rows.entries()) {
          const candidate = await tx.candidate.create({
            data: {
              openingId,
              name: row.name.trim(),
              email: row.email.toLowerCase(),
              code: codes[index]!,
            },
            select: { id: true, code: true, name: true, email: true },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "candidate.create",
            entityType: "Candidate",
            entityId: candidate.id,
            after: {
              openingId,
              name: candidate.name,
              email: candidate.email,
              code: candidate.code,
            },
          });
          created.push(candidate);
        }
        return created;
      },
      { timeout: 60_000 },
    )
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") {
        throw new UserFacingError(
          "Someone added one of these candidates meanwhile; reload and try again.",
          "email",
        );
      }
      throw error;
    });
}

/** The candidate if it belongs to this opening and the actor manages it; otherwise a 404. */
export async function requireManagedCandidate(
  actor: Actor,
  candidateId: string,
  openingId?: string,
) {
  const candidate = await prisma.candidate.findUnique({
    where: { id: candidateId },
    select: { id: true, openingId: true, code: true },
  });
  if (!candidate || (openingId && candidate.openingId !== openingId))
    throw notFound();
  await requireManagedOpening(actor, candidate.openingId);
  return candidate;
}

export async function listPanelists() {
  return prisma.user.findMany({
    where: { role: "PANELIST", active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function setPanel(
  actor: Actor,
  candidateId: string,
  panelistIds: string[],
) {
  await requireManagedCandidate(actor, candidateId);
  panelistIds = [...new Set(panelistIds)];
  const panelists = await prisma.user.findMany({
    where: { id: { in: panelistIds }, role: "PANELIST", active: true },
    select: { id: true },
  });
  if (panelists.length !== panelistIds.length) {
    throw new UserFacingError("Choose panelists from the list.", "panelistIds");
  }
  await prisma.$transaction(async (tx) => {
    const before = await tx.panelAssignment.findMany({
      where: { candidateId },
      select: { panelistId: true },
    });
    await tx.panelAssignment.deleteMany({
      where: { candidateId, panelistId: { notIn: panelistIds } },
    });
    const current = new Set(before.map((assignment) => assignment.panelistId));
    const added = panelistIds.filter((id) => !current.has(id));
    await tx.panelAssignment.createMany({
      data: added.map((panelistId) => ({
        candidateId,
        panelistId,
        assignedById: actor.id,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "candidate.panel",
      entityType: "Candidate",
      entityId: candidateId,
      before: { panelistIds: [...current].sort() },
      after: { panelistIds: [...panelistIds].sort() },
    });
  });
}
