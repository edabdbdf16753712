// Openings: the role being hired for, its team context and the content it assesses with.
import type { TargetLevel } from "#app/generated/prisma/client";
import type { Actor } from "#app/domain/roles";
import { canManageOpening } from "#app/domain/roles";
import { recordAudit } from "./audit.server";
import { notFound } from "./auth.server";
import { prisma } from "./db.server";

export type OpeningInput = {
  title: string;
  teamSize: number;
  seniorityMix: string;
  codingSharePercent: number;
  mainChallenge: string;
  targetLevel: TargetLevel;
  rubricKey: string;
  rubricVersion: number;
  questionSetKey: string;
  questionSetVersion: number;
  exerciseKey: string;
  exerciseVersion: number;
  hiringManagerId: string;
};

export async function listOpenings(actor: Actor) {
  return prisma.opening.findMany({
    where: actor.role === "ADMIN" ? {} : { hiringManagerId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      targetLevel: true,
      hiringManager: { select: { name: true } },
      _count: { select: { candidates: true } },
    },
  });
}

/** The opening if this actor may manage it; otherwise a 404, never a 403. */
export async function requireManagedOpening(actor: Actor, openingId: string) {
  const opening = await prisma.opening.findUnique({ where: { id: openingId } });
  if (!opening || !canManageOpening(actor, opening)) throw notFound();
  return opening;
}

export async function createOpening(actor: Actor, input: OpeningInput) {
  const hiringManagerId =
    actor.role === "HIRING_MANAGER" ? actor.id : input.hiringManagerId;
  return prisma.$transaction(async (tx) => {
    const opening = await tx.opening.create({
      data: { ...input, hiringManagerId },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "opening.create",
      entityType: "Opening",
      entityId: opening.id,
      after: { ...input, hiringManagerId },
    });
    return opening;
  });
}

export async function updateOpening(
  actor: Actor,
  openingId: string,
  input: OpeningInput,
) {
  const before = await requireManagedOpening(actor, openingId);
  const hiringManagerId =
    actor.role === "HIRING_MANAGER"
      ? before.hiringManagerId
      : input.hiringManagerId;
  const after = { ...input, hiringManagerId };
  return prisma.$transaction(async (tx) => {
    const opening = await tx.opening.update({
      where: { id: openingId },
      data: after,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "opening.update",
      entityType: "Opening",
      entityId: openingId,
      before: pickOpeningFields(before),
      after,
    });
    return opening;
  });
}

function pickOpeningFields(opening: OpeningInput): OpeningInput {
  return {
    title: opening.title,
    teamSize: opening.teamSize,
    seniorityMix: opening.seniorityMix,
    codingSharePercent: opening.codingSharePercent,
    mainChallenge: opening.mainChallenge,
    targetLevel: opening.targetLevel,
    rubricKey: opening.rubricKey,
    rubricVersion: opening.rubricVersion,
    questionSetKey: opening.questionSetKey,
    questionSetVersion: opening.questionSetVersion,
    exerciseKey: opening.exerciseKey,
    exerciseVersion: opening.exerciseVersion,
    hiringManagerId: opening.hiringManagerId,
  };
}

export async function listHiringManagers() {
  return prisma.user.findMany({
    where: { role: { in: ["HIRING_MANAGER", "ADMIN"] }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
