// The candidate's session: opened by their invite link, held in a cookie that names a
// database session, and scoped to that one attempt. It lasts no longer than the grant it came
// from: revoking or re-issuing the invitation (which revokes the old one) ends it, and so does
// the invitation's expiry.
import type { AppLoadContext } from "@remix-run/node";
import { createCookie, redirect } from "@remix-run/node";
import { getEnv } from "#app/utils/env.server";
import { generateToken } from "#app/utils/tokens.server";
import { prisma } from "./db.server";
import { oncePerRequest } from "./request-memo.server";

const CANDIDATE_SESSION_SECONDS = 30 * 24 * 60 * 60;

const candidateCookie = createCookie("lb_candidate", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: getEnv().COOKIE_SECURE,
  secrets: [getEnv().SESSION_SECRET],
  maxAge: CANDIDATE_SESSION_SECONDS,
});

export type CandidateContext = {
  attemptId: string;
  candidateId: string;
  code: string;
};

/** Starts a session on this attempt for the browser that opened the invitation. */
export async function startCandidateSession(input: {
  invitationId: string;
  attemptId: string;
}): Promise<Headers> {
  const sessionId = generateToken();
  await prisma.candidateSession.create({
    data: {
      id: sessionId,
      invitationId: input.invitationId,
      attemptId: input.attemptId,
      expiresAt: new Date(Date.now() + CANDIDATE_SESSION_SECONDS * 1000),
    },
  });
  return new Headers({
    "Set-Cookie": await candidateCookie.serialize(sessionId),
  });
}

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
          expiresAt: true,
          candidate: { select: { id: true, code: true } },
        },
      },
    },
  });
  const now = new Date();
  if (
    !session ||
    session.expiresAt < now ||
    session.invitation.expiresAt <= now ||
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
