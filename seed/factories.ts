// Builders for the records a scenario needs. The demo data set and the tests use the same
// ones, so a test's opening looks like the one a new user sees.
import type { Role, TargetLevel } from "#app/generated/prisma/client";
import { hashPassword } from "#app/services/auth.server";
import { prisma } from "#app/services/db.server";
import {
  generateCandidateCode,
  generateToken,
  hashToken,
} from "#app/utils/tokens.server";

const DAY_MS = 24 * 60 * 60 * 1000;
let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export async function createStaffUser(input: {
  role: Role;
  email?: string;
  name?: string;
  password?: string;
}) {
  const id = next();
  return prisma.user.create({
    data: {
      role: input.role,
      email: input.email ?? `${input.role.toLowerCase()}-${id}@leadbench.test`,
      name: input.name ?? `${input.role.toLowerCase().replace("_", " ")} ${id}`,
      passwordHash: await hashPassword(
        input.password ?? "correct horse battery",
      ),
    },
  });
}

export const DEFAULT_CONTENT = {
  rubricKey: "tech-lead",
  rubricVersion: 1,
  questionSetKey: "tech-lead-default",
  questionSetVersion: 1,
  exerciseKey: "order-history",
  exerciseVersion: 1,
} as const;

export async function createOpening(input: {
  hiringManagerId: string;
  title?: string;
  targetLevel?: TargetLevel;
  teamSize?: number;
  seniorityMix?: string;
  codingSharePercent?: number;
  mainChallenge?: string;
}) {
  return prisma.opening.create({
    data: {
      title: input.title ?? `Tech lead ${next()}`,
      teamSize: input.teamSize ?? 5,
      seniorityMix: input.seniorityMix ?? "2 senior, 2 mid-level, 1 junior",
      codingSharePercent: input.codingSharePercent ?? 50,
      mainChallenge:
        input.mainChallenge ??
        "Carve payments out of the monolith without slowing the roadmap.",
      targetLevel: input.targetLevel ?? "TL5",
      hiringManagerId: input.hiringManagerId,
      ...DEFAULT_CONTENT,
    },
  });
}

export async function createCandidate(input: {
  openingId: string;
  name?: string;
  email?: string;
}) {
  const id = next();
  return prisma.candidate.create({
    data: {
      openingId: input.openingId,
      name: input.name ?? `Candidate ${id}`,
      email: input.email ?? `candidate-${id}@example.com`,
      code: generateCandidateCode(),
    },
  });
}

/** An invitation with a known token, for scenarios that open the link. */
export async function createInvitation(input: {
  candidateId: string;
  expiresInDays?: number;
  revoked?: boolean;
}) {
  const token = generateToken();
  const invitation = await prisma.invitation.create({
    data: {
      candidateId: input.candidateId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + (input.expiresInDays ?? 14) * DAY_MS),
      revokedAt: input.revoked ? new Date() : null,
    },
  });
  return { token, invitation };
}

export async function createAttempt(input: {
  candidateId: string;
  startedAt?: Date | null;
  submittedAt?: Date | null;
  activeSeconds?: number;
}) {
  return prisma.attempt.create({
    data: {
      candidateId: input.candidateId,
      questionSetKey: DEFAULT_CONTENT.questionSetKey,
      questionSetVersion: DEFAULT_CONTENT.questionSetVersion,
      exerciseKey: DEFAULT_CONTENT.exerciseKey,
      exerciseVersion: DEFAULT_CONTENT.exerciseVersion,
      policyAcceptedAt: input.startedAt ?? null,
      startedAt: input.startedAt ?? null,
      lastActivityAt: input.submittedAt ?? input.startedAt ?? null,
      activeSeconds: input.activeSeconds ?? 0,
      submittedAt: input.submittedAt ?? null,
    },
  });
}
