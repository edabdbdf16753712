// The e2e tests' way to make their own records in the server's in-memory database (another
// process, so they cannot reach it directly): each request builds one scenario with the seed
// factories, the same ones the demo data uses. Reachable only through /e2e-fixtures, which
// answers 404 unless E2E_FIXTURES_TOKEN is set (only with DATABASE_URL=memory, env.server.ts).
import { timingSafeEqual } from "node:crypto";
import {
  createCandidate,
  createInvitation,
  createOpening,
  createStaffUser,
} from "../../seed/factories";
import { createDemoOpening, createDemoStaff } from "../../seed/demo/load";
import type { Role } from "#app/domain/roles";
import { getEnv } from "#app/utils/env.server";
import { notFound, startSession } from "./auth.server";
import { prisma } from "./db.server";

/** Every account a fixture makes signs in with this; the tests know it too. */
export const FIXTURE_PASSWORD = "e2e-correct-horse-battery";

/** Throws a 404 unless the fixtures are on and the request carries their key. */
export function requireFixtureAccess(request: Request): void {
  const token = getEnv().E2E_FIXTURES_TOKEN;
  const sent = request.headers.get("x-e2e-fixtures-token") ?? "";
  if (
    !token ||
    sent.length !== token.length ||
    !timingSafeEqual(Buffer.from(sent), Buffer.from(token))
  )
    throw notFound();
}

export type StaffAccount = {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
};

const account = (user: Omit<StaffAccount, "password">): StaffAccount => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  password: FIXTURE_PASSWORD,
});

export async function createStaffFixture(input: {
  role: Role;
  name?: string;
}): Promise<StaffAccount> {
  return account(
    await createStaffUser({ ...input, password: FIXTURE_PASSWORD }),
  );
}

/** A signed-in session made directly, as the real sign-in makes it: the cookie to present. */
export async function createSessionFixture(
  request: Request,
  userId: string,
): Promise<{ name: string; value: string }> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true },
  });
  const started = await startSession(user, request);
  const [pair = ""] = (started.headers.get("Set-Cookie") ?? "").split(";");
  const separator = pair.indexOf("=");
  return {
    name: pair.slice(0, separator),
    value: pair.slice(separator + 1),
  };
}

/** An opening of its own, with its own hiring manager unless one is given. */
export async function createOpeningFixture(input: {
  title?: string;
  hiringManagerId?: string;
}) {
  const hiringManagerId =
    input.hiringManagerId ??
    (await createStaffFixture({ role: "HIRING_MANAGER" })).id;
  const opening = await createOpening({
    hiringManagerId,
    ...(input.title ? { title: input.title } : {}),
  });
  return { id: opening.id, title: opening.title, hiringManagerId };
}

/** A candidate with an invite link, on an opening of their own unless one is given. */
export async function createCandidateFixture(input: {
  openingId?: string;
  openingTitle?: string;
  name?: string;
}) {
  const openingId =
    input.openingId ??
    (await createOpeningFixture({ title: input.openingTitle })).id;
  const candidate = await createCandidate({ openingId, name: input.name });
  const { token } = await createInvitation({ candidateId: candidate.id });
  return {
    id: candidate.id,
    name: candidate.name,
    email: candidate.email,
    code: candidate.code,
    openingId,
    link: `/a/${token}`,
  };
}

/** A copy of the demo opening, with the demo's people under sign-ins of their own. */
export async function createDemoOpeningFixture(tag: string) {
  const staff = await createDemoStaff({ tag, password: FIXTURE_PASSWORD });
  const opening = await createDemoOpening(staff);
  return {
    opening: { id: opening.id, title: opening.title },
    staff: Object.fromEntries(
      Object.entries(staff).map(([key, user]) => [key, account(user)]),
    ) as Record<keyof typeof staff, StaffAccount>,
  };
}
