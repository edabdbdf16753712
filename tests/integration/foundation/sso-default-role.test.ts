// Single sign-on as the only way in, adding newcomers: OIDC_DEFAULT_ROLE=PANELIST for
// example.com, PASSWORD_SIGNIN=off, against the real test provider.
import { afterAll, describe, expect, it } from "vitest";
import { startOidcProvider } from "../../support/oidc-provider.js";
import { signInAtProvider } from "../../support/oidc-browser";
import { cookieFrom, requestWith, settle } from "./helpers";

const provider = await startOidcProvider({
  redirectUris: ["http://localhost/auth/oidc/callback"],
});
// Before any app module reads its environment.
Object.assign(process.env, {
  OIDC_ISSUER: provider.issuer,
  OIDC_CLIENT_ID: provider.clientId,
  OIDC_CLIENT_SECRET: provider.clientSecret,
  OIDC_ALLOWED_DOMAINS: "example.com",
  OIDC_DEFAULT_ROLE: "PANELIST",
  PASSWORD_SIGNIN: "off",
});
const { loader: startLoader } = await import("#app/routes/auth.oidc");
const { loader: callbackLoader } =
  await import("#app/routes/auth.oidc_.callback");
const { action: loginAction, loader: loginLoader } =
  await import("#app/routes/login");
const { getStaffUser } = await import("#app/services/auth.server");
const { prisma } = await import("#app/services/db.server");
const { createStaffUser } = await import("../../../seed/factories");

afterAll(() => provider.close());

async function signInAs(login: string) {
  const started = (await startLoader({
    request: requestWith("/auth/oidc"),
    params: {},
    context: {},
  })) as Response;
  const returned = await signInAtProvider(
    started.headers.get("Location") ?? "",
    login,
  );
  return (await callbackLoader({
    request: requestWith(
      `${returned.pathname}${returned.search}`,
      cookieFrom(started),
    ),
    params: {},
    context: {},
  })) as Response;
}

describe("single sign-on with a default role", () => {
  it("adds a newcomer from an allowed domain as a panelist, audited, with no password", async () => {
    const response = await signInAs("new.person@example.com");
    expect(response.headers.get("Location")).toBe("/panel");
    const user = await getStaffUser(requestWith("/", cookieFrom(response)));
    expect(user).toMatchObject({
      email: "new.person@example.com",
      name: "new.person",
      role: "PANELIST",
    });
    const row = await prisma.user.findUniqueOrThrow({
      where: { email: "new.person@example.com" },
    });
    expect(row.passwordHash).toBeNull();
    expect(row.oidcSubject).toBe("new.person@example.com");
    expect(
      await prisma.auditEvent.count({
        where: { entityId: row.id, action: "staff.create.sso" },
      }),
    ).toBe(1);
  });

  it("adds nobody from another domain", async () => {
    const response = await signInAs("outsider@elsewhere.org");
    expect(response.headers.get("Location")).toBe("/login?sso=domain");
    expect(
      await prisma.user.count({ where: { email: "outsider@elsewhere.org" } }),
    ).toBe(0);
  });
});

describe("with passwords off", () => {
  it("the sign-in page offers only single sign-on", async () => {
    expect(
      await loginLoader({
        request: requestWith("/login"),
        params: {},
        context: {},
      }),
    ).toMatchObject({ sso: true, passwords: false });
  });

  it("a posted password is refused with 403, even the right one", async () => {
    const user = await createStaffUser({
      role: "ADMIN",
      password: "a long demo password",
    });
    const response = await settle(
      loginAction({
        request: requestWith("/login", undefined, {
          method: "POST",
          body: new URLSearchParams({
            email: user.email,
            password: "a long demo password",
          }),
        }),
        params: {},
        context: { clientAddress: "10.5.0.1" },
      }),
    );
    expect(
      (response as unknown as { init: { status: number } }).init.status,
    ).toBe(403);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
