// Invite links and candidate sessions. A token is 256 random bits shown once; only its hash
// is stored. Opening a valid link starts a candidate session scoped to that one attempt.
import type { AppLoadContext } from "@remix-run/node";
import { createCookie, redirect } from "@remix-run/node";
import { invitationState } from "#app/domain/candidate-stage";
import type { Actor } from "#app/domain/roles";
import { getEnv } from "#app/utils/env.server";
import { generateToken, hashToken } from "#app/utils/tokens.server";
import { recordAudit } from "./audit.server";
import { prisma } from "./db.server";
import { isEmailConfigured, sendEmail } from "./mail.server";
import { oncePerRequest } from "./request-memo.server";

const DAY_MS = 24 * 60 * 60 * 1000;
const CANDIDATE_SESSION_DAYS = 30;

const candidateCookie = createCookie("lb_candidate", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: getEnv().COOKIE_SECURE,
  secrets: [getEnv().SESSION_SECRET],
  maxAge: CANDIDATE_SESSION_DAYS * 24 * 60 * 60,
});

export function invitationUrl(token: string, request: Request): string {
  const base = getEnv().APP_URL ?? new URL(request.url).origin;
  return new URL(`/a/${token}`, base).toString();
}

/** Issues a fresh link for a candidate; any earlier link stops working (re-issue). */
export async function issueInvitation(actor: Actor, candidateId: string) {
  const token = generateToken();
  const expiresAt = new Date(Date.now() + getEnv().INVITE_TTL_DAYS * DAY_MS);
  const invitation = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const revoked = await tx.invitation.updateMany({
      where: { candidateId, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        candidateId,
        tokenHash: hashToken(token),
        expiresAt,
        createdById: actor.id,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: revoked.count ? "invitation.reissue" : "invitation.issue",
      entityType: "Candidate",
      entityId: candidateId,
      after: { invitationId: created.id, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { token, ...invitation };
}

export async function revokeInvitations(
  actor: Actor,
  candidateId: string,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.invitation.updateMany({
      where: { candidateId, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.candidateSession.deleteMany({
      where: { invitation: { candidateId } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.revoke",
      entityType: "Candidate",
      entityId: candidateId,
      after: { revoked: count },
    });
    return count;
  });
}

export async function emailInvitation(
  actor: Actor,
  input: {
    candidateId: string;
    invitationId: string;
    url: string;
    expiresAt: Date;
  },
): Promise<boolean> {
  if (!isEmailConfigured()) return false;
  const candidate = await prisma.candidate.findUniqueOrThrow({
    where: { id: input.candidateId },
    select: { name: true, email: true, opening: { select: { title: true } } },
  });
  await sendEmail({
    to: candidate.email,
    subject: `Your assessment for ${candidate.opening.title}`,
    text: [
      `Hello ${candidate.name},`,
      "",
      `Thank you for your interest in the ${candidate.opening.title} role. The next step is a written assessment and a code review you can do in your browser, at your own pace.`,
      "",
      `Open it here: ${input.url}`,
      "",
      `The link is personal and works until ${input.expiresAt.toUTCString()}. Your work is saved as you go.`,
    ].join("\n"),
  });
  await prisma.invitation.updateMany({
    where: {
      tokenHash: hashToken(new URL(input.url).pathname.split("/").pop() ?? ""),
    },
    data: { emailedAt: new Date() },
  });
  await recordAudit(prisma, {
    actorId: actor.id,
    action: "invitation.email",
    entityType: "Candidate",
    entityId: input.candidateId,
  });
  return true;
}

export type OpenedInvitation =
  { status: "ok"; headers: Headers } | { status: "unavailable" };

/**
 * Validates a link and starts a candidate session. Unknown, expired and revoked tokens all
 * answer the same "unavailable", so a link never reveals whether it once existed.
 */
export async function openInvitation(token: string): Promise<OpenedInvitation> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "unavailable" };
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      candidate: {
        select: {
          id: true,
          code: true,
          attempt: { select: { id: true } },
          opening: {
            select: {
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
  if (!invitation || invitationState(invitation) !== "active")
    return { status: "unavailable" };
  const { candidate } = invitation;
  // Two first opens at once (a double click, a mail scanner) must find the same attempt:
  // the loser of the race on the unique candidateId reads the winner's.
  const attemptId =
    candidate.attempt?.id ??
    (
      await prisma.attempt
        .create({
          data: { candidateId: candidate.id, ...candidate.opening },
          select: { id: true },
        })
        .catch(async (error: { code?: string }) => {
          if (error.code !== "P2002") throw error;
          return prisma.attempt.findUniqueOrThrow({
            where: { candidateId: candidate.id },
            select: { id: true },
          });
        })
    ).id;
  const sessionId = generateToken();
  await prisma.candidateSession.create({
    data: {
      id: sessionId,
      invitationId: invitation.id,
      attemptId,
      expiresAt: new Date(Date.now() + CANDIDATE_SESSION_DAYS * DAY_MS),
    },
  });
  await recordAudit(prisma, {
    actorLabel: `candidate ${candidate.code}`,
    action: "invitation.open",
    entityType: "Attempt",
    entityId: attemptId,
  });
  const headers = new Headers({
    "Set-Cookie": await candidateCookie.serialize(sessionId),
  });
  return { status: "ok", headers };
}

export type CandidateContext = {
  attemptId: string;
  candidateId: string;
  code: string;
};

/** The attempt this browser's candidate session may reach, or null; once per request. */
export function getCandidateContext(
  request: Request,
  loadContext?: AppLoadContext,
): Promise<CandidateContext | null> {
  return oncePerRequest(request, loadContext, "candidate", () =>
    readCandidateContext(request),
  );
}

async function readCandidateContext(
  request: Request,
): Promise<CandidateContext | null> {
  const sessionId: unknown = await candidateCookie.parse(
    request.headers.get("Cookie"),
  );
  if (typeof sessionId !== "string") return null;
  const session = await prisma.candidateSession.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      attemptId: true,
      invitation: {
        select: {
          revokedAt: true,
          candidate: { select: { id: true, code: true } },
        },
      },
    },
  });
  if (
    !session ||
    session.expiresAt < new Date() ||
    session.invitation.revokedAt
  )
    return null;
  return {
    attemptId: session.attemptId,
    candidateId: session.invitation.candidate.id,
    code: session.invitation.candidate.code,
  };
}

export async function requireCandidateContext(
  request: Request,
  loadContext?: AppLoadContext,
): Promise<CandidateContext> {
  const context = await getCandidateContext(request, loadContext);
  if (!context) throw redirect("/a/unavailable");
  return context;
}
