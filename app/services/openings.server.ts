// Openings: the role being hired for, its team context and the content it assesses with.
import type { TargetLevel } from "#app/generated/prisma/client";
import type { Actor } from "#app/domain/roles";
import { canManageOpening } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
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
} & Partial<OpeningSettings>;

/** Deadlines and which emails the opening sends; the database has defaults for each. */
type OpeningSettings = {
  timeAllowedDays: number;
  reminderHoursBefore: number;
  emailInvitation: boolean;
  emailReminders: boolean;
  emailConfirmation: boolean;
  emailPanelistNotice: boolean;
  emailPanelComplete: boolean;
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

/** The hiring manager an admin chose must be an active hiring manager or admin. */
async function checkHiringManager(hiringManagerId: string): Promise<void> {
  const manager = await prisma.user.findFirst({
    where: {
      id: hiringManagerId,
      active: true,
      role: { in: ["HIRING_MANAGER", "ADMIN"] },
    },
    select: { id: true },
  });
  if (!manager)
    throw new UserFacingError(
      "Choose an active hiring manager.",
      "hiringManagerId",
    );
}

const CONTENT_FIELDS = [
  "rubricKey",
  "rubricVersion",
  "questionSetKey",
  "questionSetVersion",
  "exerciseKey",
  "exerciseVersion",
] as const;

export async function createOpening(actor: Actor, input: OpeningInput) {
  const hiringManagerId =
    actor.role === "HIRING_MANAGER" ? actor.id : input.hiringManagerId;
  await checkHiringManager(hiringManagerId);
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
  const current = await requireManagedOpening(actor, openingId);
  const hiringManagerId =
    actor.role === "HIRING_MANAGER"
      ? current.hiringManagerId
      : input.hiringManagerId;
  await checkHiringManager(hiringManagerId);
  const after = { ...input, hiringManagerId };
  return prisma.$transaction(async (tx) => {
    const before = await tx.opening.findUniqueOrThrow({
      where: { id: openingId },
    });
    // Scores are only comparable against the content they were given: once a candidate has
    // started, the rubric, questions and exercise stay as they are.
    const contentChanged = CONTENT_FIELDS.some(
      (field) => before[field] !== after[field],
    );
    if (contentChanged) {
      const started = await tx.attempt.count({
        where: { candidate: { openingId } },
      });
      if (started > 0) {
        throw new UserFacingError(
          "Candidates have already started with this content, so the rubric, questions and exercise can no longer change. Create a new opening for different content.",
        );
      }
    }
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

function pickOpeningFields(
  opening: Required<OpeningInput>,
): Required<OpeningInput> {
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
    timeAllowedDays: opening.timeAllowedDays,
    reminderHoursBefore: opening.reminderHoursBefore,
    emailInvitation: opening.emailInvitation,
    emailReminders: opening.emailReminders,
    emailConfirmation: opening.emailConfirmation,
    emailPanelistNotice: opening.emailPanelistNotice,
    emailPanelComplete: opening.emailPanelComplete,
  };
}

export async function listHiringManagers() {
  return prisma.user.findMany({
    where: { role: { in: ["HIRING_MANAGER", "ADMIN"] }, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
