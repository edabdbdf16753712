import { describe, expect, it } from "vitest";
import { prisma } from "#app/services/db.server";
import {
  getStaffUser,
  requireRole,
  requireStaffUser,
  revokeSessions,
  signOut,
  startSession,
  verifySignIn,
} from "#app/services/auth.server";
import { action as loginAction } from "#app/routes/login";
import { createStaffUser } from "../../../seed/factories";
import { cookieFrom, requestWith, settle } from "./helpers";

const password = "a long demo password";

async function signedIn(role: "ADMIN" | "PANELIST" = "ADMIN") {
  const user = await createStaffUser({ role, password });
  const response = await startSession(user, requestWith("/login"));
  return { user, cookie: cookieFrom(response), response };
}

describe("staff sign-in", () => {
  it("signs in with the right password and lands on the role's home", async () => {
    const user = await createStaffUser({ role: "PANELIST", password });
    const form = new URLSearchParams({
      email: user.email.toUpperCase(),
      password,
    });
    const response = await settle(
      loginAction({
        request: requestWith("/login", undefined, {
          method: "POST",
          body: form,
        }),
        params: {},
        context: { clientAddress: "10.0.0.1" },
      }),
    );
    expect(response).toBeInstanceOf(Response);
    const redirect = response as Response;
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("Location")).toBe("/panel");
    const setCookie = redirect.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const user2 = await getStaffUser(requestWith("/", cookieFrom(redirect)));
    expect(user2?.email).toBe(user.email);
  });

  it("refuses a wrong password with a message that names neither field", async () => {
    const user = await createStaffUser({ role: "ADMIN", password });
    const result = await verifySignIn({
      email: user.email,
      password: "wrong",
      address: "10.0.0.2",
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(
      await prisma.loginAttempt.count({
        where: { email: user.email, succeeded: false },
      }),
    ).toBe(1);
  });

  it("rate-limits an account after five failures, even with the right password", async () => {
    const user = await createStaffUser({ role: "ADMIN", password });
    for (let attempt = 0; attempt < 5; attempt++) {
      await verifySignIn({
        email: user.email,
        password: "wrong",
        address: `10.0.1.${attempt}`,
      });
    }
    const result = await verifySignIn({
      email: user.email,
      password,
      address: "10.0.2.1",
    });
    expect(result).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(!result.ok && result.message).toMatch(
      /Too many failed sign-ins for this account/,
    );
  });

  it("rate-limits an address that tries many accounts", async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      await verifySignIn({
        email: `nobody${attempt}@example.com`,
        password: "x",
        address: "10.9.9.9",
      });
    }
    const user = await createStaffUser({ role: "ADMIN", password });
    const result = await verifySignIn({
      email: user.email,
      password,
      address: "10.9.9.9",
    });
    expect(!result.ok && result.message).toMatch(/from your network/);
  });

  it("refuses deactivated accounts", async () => {
    const user = await createStaffUser({ role: "ADMIN", password });
    await prisma.user.update({
      where: { id: user.id },
      data: { active: false },
    });
    expect(
      await verifySignIn({ email: user.email, password, address: "10.0.0.3" }),
    ).toMatchObject({ ok: false });
  });
});

describe("sessions", () => {
  it("keep only a session id in the cookie", async () => {
    const { user, cookie } = await signedIn();
    const value = decodeURIComponent(cookie.split("=")[1] ?? "");
    expect(value).not.toContain(user.email);
    expect(value).not.toContain(user.id);
  });

  it("stop working when signed out", async () => {
    const { cookie } = await signedIn();
    await signOut(requestWith("/logout", cookie, { method: "POST" }));
    expect(await getStaffUser(requestWith("/", cookie))).toBeNull();
  });

  it("stop working everywhere when revoked", async () => {
    const first = await signedIn();
    const second = await startSession(first.user, requestWith("/login"));
    expect(await revokeSessions(first.user.id)).toBe(2);
    expect(await getStaffUser(requestWith("/", first.cookie))).toBeNull();
    expect(await getStaffUser(requestWith("/", cookieFrom(second)))).toBeNull();
  });

  it("expire", async () => {
    const { user, cookie } = await signedIn();
    await prisma.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getStaffUser(requestWith("/", cookie))).toBeNull();
  });

  it("send signed-out visitors to sign-in and back", async () => {
    const response = await settle(
      requireStaffUser(requestWith("/admin/openings/x?tab=1")),
    );
    expect((response as Response).headers.get("Location")).toBe(
      "/login?redirectTo=%2Fadmin%2Fopenings%2Fx%3Ftab%3D1",
    );
  });

  it("answer 404 to a role that may not see a page", async () => {
    const { cookie } = await signedIn("PANELIST");
    const response = await settle(
      requireRole(requestWith("/admin", cookie), ["ADMIN"]),
    );
    expect((response as Response).status).toBe(404);
  });
});
