// Staff sign-in and sessions. The cookie carries only a random session id; the Session row
// is the truth, so signing out or revoking deletes it and the cookie stops working. A session
// ends at its maximum age or after SESSION_IDLE_MINUTES unused (app/domain/staff-session.ts).
import { hash, verify } from "@node-rs/argon2";
import type { AppLoadContext } from "@remix-run/node";
import { createCookie, redirect } from "@remix-run/node";
import {
  decideSignIn,
  SIGN_IN_LIMITS,
  type SignInHistory,
} from "#app/domain/rate-limit";
import type { Role } from "#app/domain/roles";
import { homePath } from "#app/domain/roles";
import { sessionStanding } from "#app/domain/staff-session";
import { getEnv } from "#app/utils/env.server";
import { generateToken } from "#app/utils/tokens.server";
import { recordAudit } from "./audit.server";
import { prisma } from "./db.server";
import { oncePerRequest } from "./request-memo.server";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const sessionCookie = createCookie("lb_session", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: getEnv().COOKIE_SECURE,
  secrets: [getEnv().SESSION_SECRET],
  maxAge: getEnv().SESSION_TTL_DAYS * 24 * 60 * 60,
});

export type StaffUser = { id: string; email: string; name: string; role: Role };

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export type SignInResult =
  | { ok: true; user: StaffUser }
  | {
      ok: false;
      reason: "invalid" | "rate-limited";
      message: string;
      retryAfterSeconds?: number;
    };

export async function verifySignIn(input: {
  email: string;
  password: string;
  address: string;
}): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const now = new Date();
  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      active: true,
    },
  });
  // Record the attempt as failed before counting, so parallel guesses all see each other;
  // it is marked below as throttled or successful.
  const attempt = await prisma.loginAttempt.create({
    data: {
      email,
      address: input.address,
      succeeded: false,
      knownAccount: user !== null,
    },
    select: { id: true },
  });
  const history = await signInHistory(email, input.address, attempt.id, now);
  const decision = decideSignIn(history);
  if (!decision.allowed) {
    await prisma.loginAttempt.update({
      where: { id: attempt.id },
      data: { throttled: true },
    });
    return {
      ok: false,
      reason: "rate-limited",
      message: decision.message,
      retryAfterSeconds: decision.retryAfterSeconds,
    };
  }

  // Verify against a dummy hash when there is no such account, so the response time does
  // not tell which emails have one.
  const passwordMatches = await verify(
    user?.passwordHash ?? (await dummyHash()),
    input.password,
  );
  const valid = user?.active === true && passwordMatches;
  if (valid) {
    await prisma.loginAttempt.update({
      where: { id: attempt.id },
      data: { succeeded: true },
    });
  }
  // Old attempts no longer count towards any limit.
  await prisma.loginAttempt.deleteMany({
    where: {
      createdAt: {
        lt: new Date(
          now.getTime() - SIGN_IN_LIMITS.accountWindowHours * HOUR_MS,
        ),
      },
    },
  });
  if (!user || !valid) {
    return {
      ok: false,
      reason: "invalid",
      message: "That email and password don't match an active account.",
    };
  }
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
  };
}

/** What the limits read (app/domain/rate-limit.ts), the attempt being decided left out. */
async function signInHistory(
  email: string,
  address: string,
  attemptId: string,
  now: Date,
): Promise<SignInHistory> {
  const others = { id: { not: attemptId } };
  const checkedFailure = { ...others, succeeded: false, throttled: false };
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { ...others, email, succeeded: true },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = new Date(
    Math.max(
      now.getTime() - SIGN_IN_LIMITS.accountWindowHours * HOUR_MS,
      lastSuccess?.createdAt.getTime() ?? 0,
    ),
  );
  const addressSince = new Date(
    now.getTime() - SIGN_IN_LIMITS.addressWindowMinutes * 60_000,
  );
  const [account, unknownAccountFailures, failures, previous] =
    await Promise.all([
      prisma.loginAttempt.aggregate({
        where: { ...checkedFailure, email, createdAt: { gt: accountSince } },
        _count: { _all: true },
        _max: { createdAt: true },
      }),
      prisma.loginAttempt.count({
        where: {
          ...checkedFailure,
          address,
          knownAccount: false,
          createdAt: { gte: addressSince },
        },
      }),
      prisma.loginAttempt.count({
        where: { ...checkedFailure, address, createdAt: { gte: addressSince } },
      }),
      prisma.loginAttempt.findFirst({
        where: { ...others, email, address },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true, throttled: true },
      }),
    ]);
  return {
    now,
    account: {
      failures: account._count._all,
      lastFailureAt: account._max.createdAt,
    },
    address: { unknownAccountFailures, failures },
    previousFromAddress: previous
      ? { at: previous.createdAt, throttled: previous.throttled }
      : null,
  };
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash("leadbench-no-such-account");
  return dummy;
}

export async function startSession(
  user: StaffUser,
  request: Request,
  redirectTo?: string,
) {
  const id = generateToken();
  await prisma.session.create({
    data: {
      id,
      userId: user.id,
      expiresAt: new Date(Date.now() + getEnv().SESSION_TTL_DAYS * DAY_MS),
      userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
    },
  });
  await recordAudit(prisma, {
    actorId: user.id,
    action: "session.start",
    entityType: "User",
    entityId: user.id,
  });
  return redirect(redirectTo ?? homePath(user.role), {
    headers: { "Set-Cookie": await sessionCookie.serialize(id) },
  });
}

/** The id of the session a request carries, to keep it when ending a user's other sessions. */
export async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(
    request.headers.get("Cookie"),
  );
  return typeof value === "string" ? value : null;
}

/** The signed-in staff member, read once per request when given the load context. */
export function getStaffUser(
  request: Request,
  context?: AppLoadContext,
): Promise<StaffUser | null> {
  return oncePerRequest(request, context, "staffUser", () =>
    readStaffUser(request),
  );
}

async function readStaffUser(request: Request): Promise<StaffUser | null> {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: { id: true, email: true, name: true, role: true, active: true },
      },
    },
  });
  if (!session || !session.user.active) return null;
  const now = new Date();
  const standing = sessionStanding(session, now, getEnv().SESSION_IDLE_MINUTES);
  if (!standing.valid) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (standing.touch)
    await prisma.session.updateMany({
      where: { id: sessionId },
      data: { lastSeenAt: now },
    });
  const { active: _active, ...user } = session.user;
  return user;
}

/** Redirects to sign-in (and back afterwards) when nobody is signed in. */
export async function requireStaffUser(
  request: Request,
  context?: AppLoadContext,
): Promise<StaffUser> {
  const user = await getStaffUser(request, context);
  if (user) return user;
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  throw redirect(`/login?${new URLSearchParams({ redirectTo })}`);
}

/** Signed-in staff of another role get 404: a page they may not see does not exist for them. */
export async function requireRole(
  request: Request,
  roles: readonly Role[],
  context?: AppLoadContext,
): Promise<StaffUser> {
  const user = await requireStaffUser(request, context);
  if (!roles.includes(user.role)) throw notFound();
  return user;
}

export async function signOut(request: Request) {
  const sessionId = await readSessionId(request);
  if (sessionId) await prisma.session.deleteMany({ where: { id: sessionId } });
  return redirect("/login", {
    headers: { "Set-Cookie": await sessionCookie.serialize("", { maxAge: 0 }) },
  });
}

/**
 * Signs a user out everywhere, e.g. when an admin deactivates them, or everywhere but the
 * session that made the change (`keep`), e.g. when an admin resets their own password.
 */
export async function revokeSessions(
  userId: string,
  options: { keep?: string | null } = {},
): Promise<number> {
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(options.keep ? { id: { not: options.keep } } : {}) },
  });
  return count;
}

export function notFound(message = "Not found"): Response {
  return new Response(message, { status: 404, statusText: "Not Found" });
}
