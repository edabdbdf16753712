// A panelist scoring one candidate: the workspace they read (evidence, rubric, their own
// scorecard and, only after they submit, the panel's), and the steps that change a
// scorecard or the defect matcher's verdict. Every function starts from the assignment, so
// an unassigned panelist gets 404. Candidates' names and emails are never selected here.
import type { Actor } from "#app/domain/roles";
import {
  amendmentErrors,
  completenessErrors,
  diffScorecards,
  isScore,
  maySeePanel,
  recommendationFromEnum,
  recommendationToEnum,
  rubricCriteria,
  type FieldErrors,
  type ScorecardContent,
} from "#app/domain/scorecard";
import type { Prisma } from "#app/generated/prisma/client";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "./audit.server";
import { notFound } from "./auth.server";
import { getRubric } from "./content.server";
import { prisma } from "./db.server";
import {
  exerciseForAttempt,
  loadSubmissionEvidence,
} from "./submission-evidence.server";

type Tx = Prisma.TransactionClient;

const scorecardSelect = {
  id: true,
  status: true,
  revision: true,
  recommendation: true,
  summary: true,
  submittedAt: true,
  updatedAt: true,
  rubricKey: true,
  rubricVersion: true,
  criterionScores: {
    select: { criterionKey: true, score: true, evidence: true },
  },
  redFlags: { select: { flagKey: true, note: true } },
} satisfies Prisma.ScorecardSelect;

type ScorecardRow = Prisma.ScorecardGetPayload<{
  select: typeof scorecardSelect;
}>;

function toContent(row: ScorecardRow): ScorecardContent {
  return {
    criteria: Object.fromEntries(
      row.criterionScores.map((entry) => [
        entry.criterionKey,
        {
          score: isScore(entry.score) ? entry.score : null,
          evidence: entry.evidence,
        },
      ]),
    ),
    redFlags: Object.fromEntries(
      row.redFlags.map((flag) => [flag.flagKey, flag.note]),
    ),
    recommendation: recommendationFromEnum(row.recommendation),
    summary: row.summary,
  };
}

async function assignedCandidate(panelistId: string, candidateId: string) {
  const assignment = await prisma.panelAssignment.findUnique({
    where: { candidateId_panelistId: { candidateId, panelistId } },
    select: {
      candidate: {
        select: {
          id: true,
          code: true,
          opening: {
            select: {
              title: true,
              targetLevel: true,
              rubricKey: true,
              rubricVersion: true,
            },
          },
          attempt: {
            select: {
              id: true,
              startedAt: true,
              submittedAt: true,
              activeSeconds: true,
              pasteCount: true,
              pasteCharacters: true,
              questionSetKey: true,
              questionSetVersion: true,
              exerciseKey: true,
              exerciseVersion: true,
            },
          },
        },
      },
    },
  });
  if (!assignment) throw notFound();
  return assignment.candidate;
}

type AssignedCandidate = Awaited<ReturnType<typeof assignedCandidate>>;

function submittedAttempt(candidate: AssignedCandidate) {
  const attempt = candidate.attempt;
  if (!attempt?.submittedAt) {
    throw new UserFacingError(
      "This candidate has not submitted yet, so there is nothing to score.",
      "form",
      409,
    );
  }
  return { ...attempt, submittedAt: attempt.submittedAt };
}

// A scorecard keeps the rubric version it was started against; a new one uses the opening's.
async function rubricFor(
  candidate: AssignedCandidate,
  scorecard?: { rubricKey: string; rubricVersion: number } | null,
) {
  const key = scorecard?.rubricKey ?? candidate.opening.rubricKey;
  const version = scorecard?.rubricVersion ?? candidate.opening.rubricVersion;
  const rubric = await getRubric(key, version);
  if (!rubric)
    throw new Error(`Rubric ${key} v${version} is missing from rubrics/`);
  return rubric;
}

const conflict = () =>
  new UserFacingError(
    "This scorecard was changed in another tab or window. Copy anything you need, then reload the page to continue from the latest version.",
    "form",
    409,
  );

const locked = () =>
  new UserFacingError(
    "This scorecard is already submitted. To change it, amend it and give a reason.",
    "form",
    409,
  );

export async function getWorkspace(panelist: Actor, candidateId: string) {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const header = {
    id: candidate.id,
    code: candidate.code,
    openingTitle: candidate.opening.title,
    targetLevel: candidate.opening.targetLevel,
  };
  const attempt = candidate.attempt;
  if (!attempt?.submittedAt)
    return { kind: "waiting" as const, candidate: header };

  const [own, ownOverrides] = await Promise.all([
    prisma.scorecard.findUnique({
      where: {
        candidateId_panelistId: { candidateId, panelistId: panelist.id },
      },
      select: scorecardSelect,
    }),
    prisma.defectOverride.findMany({
      where: { candidateId, panelistId: panelist.id },
      orderBy: { updatedAt: "asc" },
      select: { defectId: true, found: true, reason: true },
    }),
  ]);
  const [rubric, evidence] = await Promise.all([
    rubricFor(candidate, own),
    loadSubmissionEvidence(
      { ...attempt, submittedAt: attempt.submittedAt },
      ownOverrides.map((override) => ({ ...override, by: "you" })),
    ),
  ]);

  const scorecard = own
    ? {
        status: own.status,
        revision: own.revision,
        submittedAt: own.submittedAt,
        updatedAt: own.updatedAt,
        content: toContent(own),
      }
    : null;

  return {
    kind: "ready" as const,
    candidate: header,
    signals: evidence.signals,
    questions: evidence.questions,
    review: evidence.review,
    defects: evidence.defects,
    priorities: evidence.priorities,
    rubric: {
      key: rubric.key,
      version: rubric.version,
      title: rubric.title,
      description: rubric.description,
      scale: rubric.scale,
      recommendations: rubric.recommendations,
      // Each exercise supplies its own examples of the rubric's general levels.
      dimensions: rubric.dimensions.map((dimension) => ({
        ...dimension,
        criteria: dimension.criteria.map((criterion) => ({
          ...criterion,
          examples: evidence.exercise.rubricExamples?.[criterion.key] ?? {},
        })),
      })),
      redFlags: rubric.redFlags,
    },
    scorecard,
    panel: maySeePanel(own) ? await panelView(candidateId, panelist.id) : null,
  };
}

export type Workspace = Awaited<ReturnType<typeof getWorkspace>>;

// Only called once the panelist has submitted: the submitted scorecards of the whole panel,
// and the matcher overrides of those who submitted. Drafts stay private to their author.
async function panelView(candidateId: string, panelistId: string) {
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
      content: toContent(row),
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

/** The rubric a scorecard for this candidate is filled against, for parsing its form. */
export async function getScoringRubric(panelist: Actor, candidateId: string) {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const own = await prisma.scorecard.findUnique({
    where: { candidateId_panelistId: { candidateId, panelistId: panelist.id } },
    select: { rubricKey: true, rubricVersion: true },
  });
  return rubricFor(candidate, own);
}

type ScorecardInput = { revision: number; content: ScorecardContent };

async function writeContent(
  tx: Tx,
  scorecardId: string,
  rubric: Awaited<ReturnType<typeof rubricFor>>,
  content: ScorecardContent,
) {
  await tx.criterionScore.deleteMany({ where: { scorecardId } });
  await tx.criterionScore.createMany({
    data: rubricCriteria(rubric).map((criterion) => ({
      scorecardId,
      dimension: criterion.dimension,
      criterionKey: criterion.key,
      score: content.criteria[criterion.key]?.score ?? null,
      evidence: content.criteria[criterion.key]?.evidence.trim() ?? "",
    })),
  });
  await tx.raisedRedFlag.deleteMany({ where: { scorecardId } });
  const flags = rubric.redFlags.filter(
    (flag) => content.redFlags[flag.key] !== undefined,
  );
  if (flags.length) {
    await tx.raisedRedFlag.createMany({
      data: flags.map((flag) => ({
        scorecardId,
        flagKey: flag.key,
        note: content.redFlags[flag.key]?.trim() ?? "",
      })),
    });
  }
}

const scalarFields = (content: ScorecardContent) => ({
  recommendation: content.recommendation
    ? recommendationToEnum(content.recommendation)
    : null,
  summary: content.summary.trim(),
});

/**
 * Writes the panelist's draft, for autosave. `revision` is the one the page last saw (0 when
 * it saw no scorecard); an older one means another tab saved since, and is refused.
 */
export async function saveDraft(
  panelist: Actor,
  candidateId: string,
  input: ScorecardInput,
): Promise<{ revision: number; savedAt: Date }> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  submittedAttempt(candidate);
  return prisma
    .$transaction(async (tx) => {
      const existing = await tx.scorecard.findUnique({
        where: {
          candidateId_panelistId: { candidateId, panelistId: panelist.id },
        },
        select: {
          id: true,
          status: true,
          revision: true,
          rubricKey: true,
          rubricVersion: true,
        },
      });
      const rubric = await rubricFor(candidate, existing);
      if (!existing) {
        if (input.revision !== 0) throw conflict();
        const created = await tx.scorecard.create({
          data: {
            candidateId,
            panelistId: panelist.id,
            rubricKey: rubric.key,
            rubricVersion: rubric.version,
            revision: 1,
            ...scalarFields(input.content),
          },
          select: { id: true, revision: true, updatedAt: true },
        });
        await writeContent(tx, created.id, rubric, input.content);
        await recordAudit(tx, {
          actorId: panelist.id,
          action: "scorecard.start",
          entityType: "Scorecard",
          entityId: created.id,
        });
        return { revision: created.revision, savedAt: created.updatedAt };
      }
      if (existing.status === "SUBMITTED") throw locked();
      // Conditional on the revision, so two processes saving at once cannot both win.
      const { count } = await tx.scorecard.updateMany({
        where: { id: existing.id, revision: input.revision, status: "DRAFT" },
        data: { revision: { increment: 1 }, ...scalarFields(input.content) },
      });
      if (!count) throw conflict();
      await writeContent(tx, existing.id, rubric, input.content);
      const saved = await tx.scorecard.findUniqueOrThrow({
        where: { id: existing.id },
        select: { revision: true, updatedAt: true },
      });
      return { revision: saved.revision, savedAt: saved.updatedAt };
    })
    .catch(rethrowUniqueAsConflict);
}

// Two first saves racing (two tabs on a fresh scorecard) collide on the unique key.
function rethrowUniqueAsConflict(error: unknown): never {
  if (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    error.code === "P2002"
  ) {
    throw conflict();
  }
  throw error;
}

export type SubmitResult = { ok: true } | { ok: false; errors: FieldErrors };

/** Submits a complete scorecard and locks it; an incomplete one answers field errors. */
export async function submitScorecard(
  panelist: Actor,
  candidateId: string,
  input: ScorecardInput,
): Promise<SubmitResult> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  submittedAttempt(candidate);
  const existing = await prisma.scorecard.findUnique({
    where: { candidateId_panelistId: { candidateId, panelistId: panelist.id } },
    select: {
      id: true,
      status: true,
      revision: true,
      rubricKey: true,
      rubricVersion: true,
    },
  });
  if (existing?.status === "SUBMITTED") throw locked();
  const rubric = await rubricFor(candidate, existing);
  const errors = completenessErrors(rubric, input.content);
  if (Object.keys(errors).length) return { ok: false, errors };

  const now = new Date();
  await prisma
    .$transaction(async (tx) => {
      let scorecardId: string;
      if (!existing) {
        if (input.revision !== 0) throw conflict();
        const created = await tx.scorecard.create({
          data: {
            candidateId,
            panelistId: panelist.id,
            rubricKey: rubric.key,
            rubricVersion: rubric.version,
            status: "SUBMITTED",
            submittedAt: now,
            revision: 1,
            ...scalarFields(input.content),
          },
          select: { id: true },
        });
        scorecardId = created.id;
      } else {
        const { count } = await tx.scorecard.updateMany({
          where: { id: existing.id, revision: input.revision, status: "DRAFT" },
          data: {
            status: "SUBMITTED",
            submittedAt: now,
            revision: { increment: 1 },
            ...scalarFields(input.content),
          },
        });
        if (!count) throw conflict();
        scorecardId = existing.id;
      }
      await writeContent(tx, scorecardId, rubric, input.content);
      await recordAudit(tx, {
        actorId: panelist.id,
        action: "scorecard.submit",
        entityType: "Scorecard",
        entityId: scorecardId,
        after: auditSnapshot(input.content),
      });
    })
    .catch(rethrowUniqueAsConflict);
  return { ok: true };
}

function auditSnapshot(content: ScorecardContent): Prisma.InputJsonObject {
  return {
    criteria: content.criteria,
    redFlags: content.redFlags,
    recommendation: content.recommendation,
    summary: content.summary.trim(),
  };
}

/**
 * Changes a submitted scorecard. Needs a reason and a real change; the audit trail keeps the
 * old values beside the new ones and the reason, so nothing is overwritten silently.
 */
export async function amendScorecard(
  panelist: Actor,
  candidateId: string,
  input: ScorecardInput & { reason: string },
): Promise<SubmitResult> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const existing = await prisma.scorecard.findUnique({
    where: { candidateId_panelistId: { candidateId, panelistId: panelist.id } },
    select: scorecardSelect,
  });
  if (existing?.status !== "SUBMITTED") {
    throw new UserFacingError(
      "Only a submitted scorecard can be amended; submit this one first.",
      "form",
      409,
    );
  }
  const rubric = await rubricFor(candidate, existing);
  const before = toContent(existing);
  const errors = amendmentErrors(rubric, before, input.content, input.reason);
  if (Object.keys(errors).length) return { ok: false, errors };
  const changes = diffScorecards(rubric, before, input.content);

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.scorecard.updateMany({
      where: {
        id: existing.id,
        revision: input.revision,
        status: "SUBMITTED",
      },
      data: { revision: { increment: 1 }, ...scalarFields(input.content) },
    });
    if (!count) throw conflict();
    await writeContent(tx, existing.id, rubric, input.content);
    await recordAudit(tx, {
      actorId: panelist.id,
      action: "scorecard.amend",
      entityType: "Scorecard",
      entityId: existing.id,
      before: auditSnapshot(before),
      after: {
        ...auditSnapshot(input.content),
        reason: input.reason.trim(),
        changed: changes.map((change) => change.field),
      },
    });
  });
  return { ok: true };
}

/** A panelist's correction of the defect matcher for this candidate, with a reason. */
export async function overrideDefect(
  panelist: Actor,
  candidateId: string,
  input: { defectId: string; found: boolean; reason: string },
): Promise<void> {
  const candidate = await assignedCandidate(panelist.id, candidateId);
  const attempt = submittedAttempt(candidate);
  const exercise = await exerciseForAttempt(attempt);
  if (!exercise.defects.some((defect) => defect.id === input.defectId)) {
    throw new UserFacingError(
      "This exercise has no such defect.",
      "defectId",
      400,
    );
  }
  const reason = input.reason.trim();
  if (!reason) {
    throw new UserFacingError(
      "Say why the matcher is wrong about this defect.",
      "reason",
      400,
    );
  }
  const key = {
    candidateId_panelistId_defectId: {
      candidateId,
      panelistId: panelist.id,
      defectId: input.defectId,
    },
  };
  await prisma.$transaction(async (tx) => {
    const before = await tx.defectOverride.findUnique({
      where: key,
      select: { found: true, reason: true },
    });
    const saved = await tx.defectOverride.upsert({
      where: key,
      create: {
        candidateId,
        panelistId: panelist.id,
        defectId: input.defectId,
        found: input.found,
        reason,
      },
      update: { found: input.found, reason },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: panelist.id,
      action: "defect.override",
      entityType: "DefectOverride",
      entityId: saved.id,
      before: before ?? undefined,
      after: { defectId: input.defectId, found: input.found, reason },
    });
  });
}

/** Hands the verdict on a defect back to the matcher. */
export async function clearDefectOverride(
  panelist: Actor,
  candidateId: string,
  defectId: string,
): Promise<void> {
  await assignedCandidate(panelist.id, candidateId);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.defectOverride.findUnique({
      where: {
        candidateId_panelistId_defectId: {
          candidateId,
          panelistId: panelist.id,
          defectId,
        },
      },
      select: { id: true, found: true, reason: true },
    });
    if (!existing) return;
    await tx.defectOverride.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actorId: panelist.id,
      action: "defect.override.clear",
      entityType: "DefectOverride",
      entityId: existing.id,
      before: { defectId, found: existing.found, reason: existing.reason },
    });
  });
}
