// Staff single sign-on against a real OpenID Connect provider (oidc-provider, on loopback):
// invited staff land on their role's home, with PKCE, state and nonce checked; a stranger, an
// email from another domain or one the provider did not verify, a forged state and a reused
// code are refused. This file runs in "invited staff only" mode, the default.
import { afterAll, describe, expect, it } from "vitest";
import { startOidcProvider } from "../../support/oidc-provider.js";
import { signInAtProvider } from "../../support/oidc-browser";
import { cookieFrom, requestWith } from "./helpers";

const provider = await startOidcProvider({
  redirectUris: ["http://localhost/auth/oidc/callback"],
});
// Before any app module reads its environment.
Object.assign(process.env, {
  OIDC_ISSUER: provider.issuer,
  OIDC_CLIENT_ID: provider.clientId,
  OIDC_CLIENT_SECRET: provider.clientSecret,
  OIDC_ALLOWED_DOMAINS: "example.com",
});
const { loader: startLoader } = await import("#app/routes/auth.oidc");
const { loader: callbackLoader } =
  await import("#app/routes/auth.oidc_.callback");
const { loader: loginLoader } = await import("#app/routes/login");
const { getStaffUser } = await import("#app/services/auth.server");
const { prisma } = await import("#app/services/db.server");
const { createStaffUser } = await import("../../../seed/factories");

afterAll(() => provider.close());

async function start(path = "/auth/oidc") {
  const response = (await startLoader({
    request: requestWith(path),
    params: {},
    context: {},
  })) as Response;
  expect(response.status).toBe(302);
  return {
    authorizationUrl: response.headers.get("Location") ?? "",
    flowCookie: cookieFrom(response),
  };
}

async function callback(returned: URL, flowCookie: string) {
  return (await callbackLoader({
    request: requestWith(`${returned.pathname}${returned.search}`, flowCookie),
    params: {},
    context: {},
  })) as Response;
}

async function signInAs(login: string, path?: string) {
  const { authorizationUrl, flowCookie } = await start(path);
  const returned = await signInAtProvider(authorizationUrl, login);
  return callback(returned, flowCookie);
}

describe("single sign-on for staff", () => {
  it("sends the browser to the provider with PKCE (S256), a state and a nonce", async () => {
    const { authorizationUrl, flowCookie } = await start();
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("state")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("redirect_uri")).toBe(
      "http://localhost/auth/oidc/callback",
    );
    expect(flowCookie).toMatch(/^lb_oidc=/);
  });

  it("signs invited staff in and lands them on their role's home", async () => {
    const manager = await createStaffUser({
      role: "HIRING_MANAGER",
      email: "hana.sso@example.com",
    });
    const response = await signInAs("hana.sso@example.com");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/admin");
    const user = await getStaffUser(requestWith("/", cookieFrom(response)));
    expect(user?.id).toBe(manager.id);
    // Linked to the provider's identity from now on.
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { id: manager.id } }))
        .oidcSubject,
    ).toBe("hana.sso@example.com");
    // And again, by that identity.
    const again = await signInAs("hana.sso@example.com");
    expect(again.headers.get("Location")).toBe("/admin");
  });

  it("goes back to the page that asked, if it is ours", async () => {
    await createStaffUser({ role: "PANELIST", email: "pat.sso@example.com" });
    const response = await signInAs(
      "pat.sso@example.com",
      "/auth/oidc?redirectTo=%2Fpanel%3Ftab%3D1",
    );
    expect(response.headers.get("Location")).toBe("/panel?tab=1");
    const offsite = await signInAs(
      "pat.sso@example.com",
      "/auth/oidc?redirectTo=https%3A%2F%2Fevil.example",
    );
    expect(offsite.headers.get("Location")).toBe("/panel");
  });

  it("refuses someone nobody invited, and makes no account", async () => {
    const response = await signInAs("stranger@example.com");
    expect(response.headers.get("Location")).toBe("/login?sso=not-invited");
    expect(
      await prisma.user.count({ where: { email: "stranger@example.com" } }),
    ).toBe(0);
  });

  it("refuses an email from another domain, even with an account", async () => {
    await createStaffUser({ role: "ADMIN", email: "eve@elsewhere.org" });
    const response = await signInAs("eve@elsewhere.org");
    expect(response.headers.get("Location")).toBe("/login?sso=domain");
  });

  it("refuses an email the provider has not verified", async () => {
    await createStaffUser({ role: "ADMIN", email: "unverified@example.com" });
    const response = await signInAs("unverified+unverified@example.com");
    expect(response.headers.get("Location")).toBe(
      "/login?sso=unverified-email",
    );
  });

  it("refuses an answer meant for another sign-in (state) and a code used twice", async () => {
    await createStaffUser({ role: "PANELIST", email: "sam.sso@example.com" });
    const mine = await start();
    const theirs = await start();
    const returned = await signInAtProvider(
      theirs.authorizationUrl,
      "sam.sso@example.com",
    );
    const forged = await callback(returned, mine.flowCookie);
    expect(forged.headers.get("Location")).toBe("/login?sso=failed");
    expect(forged.headers.get("Set-Cookie") ?? "").not.toMatch(/lb_session=/);
    // Without the flow's cookie at all.
    expect((await callback(returned, "")).headers.get("Location")).toBe(
      "/login?sso=failed",
    );
    const first = await callback(returned, theirs.flowCookie);
    expect(first.headers.get("Location")).toBe("/panel");
    const replayed = await callback(returned, theirs.flowCookie);
    expect(replayed.headers.get("Location")).toBe("/login?sso=failed");
  });

  it("offers single sign-on on the sign-in page, and says why one was refused", async () => {
    const data = (await loginLoader({
      request: requestWith("/login?sso=not-invited"),
      params: {},
      context: {},
    })) as { sso: boolean; passwords: boolean; ssoError: string | null };
    expect(data).toMatchObject({ sso: true, passwords: true });
    expect(data.ssoError).toMatch(/Ask an admin to add you/);
  });
});
