// Staff sessions bound to what they were granted: they end when unused for
// SESSION_IDLE_MINUTES (sliding, written at most once a minute), and a changed role or
// password ends the user's other sessions, keeping the one of the admin who made the change.
import { describe, expect, it } from "vitest";
import { action as staffAction } from "#app/routes/admin.staff";
import { getStaffUser, startSession } from "#app/services/auth.server";
import { prisma } from "#app/services/db.server";
import { updateStaff } from "#app/services/staff.server";
import { getEnv } from "#app/utils/env.server";
import { createStaffUser } from "../../../seed/factories";
import { cookieFrom, requestWith, settle } from "./helpers";

type Role = "ADMIN" | "HIRING_MANAGER" | "PANELIST";

async function signedIn(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
}) {
  return cookieFrom(await startSession(user, requestWith("/login")));
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("the idle timeout", () => {
  it("defaults to four hours", () => {
    expect(getEnv().SESSION_IDLE_MINUTES).toBe(240);
  });

  it("ends a session unused for longer than SESSION_IDLE_MINUTES, and deletes its row", async () => {
    const user = await createStaffUser({ role: "PANELIST" });
    const cookie = await signedIn(user);
    await prisma.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: minutesAgo(241) },
    });
    expect(await getStaffUser(requestWith("/", cookie))).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("slides with use: a request after a minute or more moves last-seen forward", async () => {
    const user = await createStaffUser({ role: "PANELIST" });
    const cookie = await signedIn(user);
    await prisma.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: minutesAgo(239) },
    });
    expect((await getStaffUser(requestWith("/", cookie)))?.id).toBe(user.id);
    const { lastSeenAt } = await prisma.session.findFirstOrThrow({
      where: { userId: user.id },
    });
    expect(Date.now() - lastSeenAt.getTime()).toBeLessThan(5_000);
    // Four hours after that last use, not after sign-in, it still holds.
    expect((await getStaffUser(requestWith("/", cookie)))?.id).toBe(user.id);
  });

  it("writes last-seen at most once a minute", async () => {
    const user = await createStaffUser({ role: "PANELIST" });
    const cookie = await signedIn(user);
    const seen = minutesAgo(0.5);
    await prisma.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: seen },
    });
    for (let request = 0; request < 3; request++)
      expect(await getStaffUser(requestWith("/", cookie))).not.toBeNull();
    const row = await prisma.session.findFirstOrThrow({
      where: { userId: user.id },
    });
    expect(row.lastSeenAt.getTime()).toBe(seen.getTime());
  });
});

describe("a changed grant ends the user's other sessions", () => {
  it("a new role signs the user out everywhere", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const user = await createStaffUser({ role: "HIRING_MANAGER" });
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    await updateStaff(admin, user.id, { role: "PANELIST" });
    expect(await getStaffUser(requestWith("/", laptop))).toBeNull();
    expect(await getStaffUser(requestWith("/", phone))).toBeNull();
  });

  it("the same role again changes nothing and ends nothing", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const user = await createStaffUser({ role: "PANELIST" });
    const cookie = await signedIn(user);
    await updateStaff(admin, user.id, { role: "PANELIST" });
    expect((await getStaffUser(requestWith("/", cookie)))?.id).toBe(user.id);
  });

  it("an admin resetting their own password stays signed in where they did it, and nowhere else", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const here = await signedIn(admin);
    const elsewhere = await signedIn(admin);
    const bystander = await createStaffUser({ role: "PANELIST" });
    const bystanderCookie = await signedIn(bystander);
    const response = await settle(
      staffAction({
        request: requestWith("/admin/staff", here, {
          method: "POST",
          body: new URLSearchParams({
            intent: "reset-password",
            userId: admin.id,
            password: "a brand new long password",
          }),
        }),
        params: {},
        context: {},
      }),
    );
    expect(response).toMatchObject({ ok: true });
    expect((await getStaffUser(requestWith("/", here)))?.id).toBe(admin.id);
    expect(await getStaffUser(requestWith("/", elsewhere))).toBeNull();
    expect((await getStaffUser(requestWith("/", bystanderCookie)))?.id).toBe(
      bystander.id,
    );
  });

  it("an admin's reset of someone else's password ends all of theirs", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const adminCookie = await signedIn(admin);
    const user = await createStaffUser({ role: "PANELIST" });
    const cookie = await signedIn(user);
    await settle(
      staffAction({
        request: requestWith("/admin/staff", adminCookie, {
          method: "POST",
          body: new URLSearchParams({
            intent: "reset-password",
            userId: user.id,
            password: "a brand new long password",
          }),
        }),
        params: {},
        context: {},
      }),
    );
    expect(await getStaffUser(requestWith("/", cookie))).toBeNull();
    expect((await getStaffUser(requestWith("/", adminCookie)))?.id).toBe(
      admin.id,
    );
  });
});
