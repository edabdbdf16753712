// Staff accounts: admins add people, change roles, reset passwords and deactivate them.
import type { Role } from "#app/domain/roles";
import type { Actor } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
import { recordAudit } from "./audit.server";
import { hashPassword, revokeSessions } from "./auth.server";
import { prisma } from "./db.server";

export async function listStaff() {
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
    },
  });
}

export async function createStaff(
  actor: Actor,
  input: { name: string; email: string; role: Role; password: string },
) {
  const email = input.email.trim().toLowerCase();
  const taken = await prisma.user.findUnique({
    where: { email },
    select: { id: true },
  });
  if (taken)
    throw new UserFacingError("Someone already uses this email.", "email");
  const passwordHash = await hashPassword(input.password);
  return prisma
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name.trim(),
          email,
          role: input.role,
          passwordHash,
        },
        select: { id: true, name: true, email: true, role: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "staff.create",
        entityType: "User",
        entityId: user.id,
        after: { name: user.name, email: user.email, role: user.role },
      });
      return user;
    })
    .catch((error: { code?: string }) => {
      // Two admins adding the same person at once: the loser gets the same message.
      if (error.code === "P2002")
        throw new UserFacingError("Someone already uses this email.", "email");
      throw error;
    });
}

/**
 * Changes a role, an account's standing or its password. Any of these ends the user's other
 * sessions, so what they were granted before holds nowhere; `keepSessionId` is the session
 * that asked (an admin resetting their own password stays signed in there).
 */
export async function updateStaff(
  actor: Actor,
  userId: string,
  changes: { role?: Role; active?: boolean; password?: string },
  options: { keepSessionId?: string | null } = {},
) {
  const before = await prisma.user.findUnique({
    where: { id: userId },
    select: { role: true, active: true },
  });
  if (!before)
    throw new UserFacingError("No such staff member.", undefined, 404);
  if (
    userId === actor.id &&
    (changes.active === false || (changes.role && changes.role !== "ADMIN"))
  ) {
    throw new UserFacingError(
      "You cannot demote or deactivate yourself; ask another admin.",
    );
  }
  const passwordHash = changes.password
    ? await hashPassword(changes.password)
    : undefined;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { role: changes.role, active: changes.active, passwordHash },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: changes.password ? "staff.password-reset" : "staff.update",
      entityType: "User",
      entityId: userId,
      before,
      after: {
        role: changes.role ?? before.role,
        active: changes.active ?? before.active,
      },
    });
  });
  const roleChanged =
    changes.role !== undefined && changes.role !== before.role;
  if (changes.active === false || changes.password || roleChanged)
    await revokeSessions(userId, { keep: options.keepSessionId });
}
