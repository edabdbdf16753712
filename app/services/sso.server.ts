// Staff single sign-on through the company's OpenID Connect provider, with `openid-client`:
// the authorization code flow with PKCE (S256), state and nonce, kept between the two legs in
// a short-lived signed cookie. Who may sign in as whom is app/domain/sso.ts; the session it
// starts is the same as a password's (auth.server.ts).
import { createCookie, redirect } from "@remix-run/node";
import * as client from "openid-client";
import { homePath, safeRedirect } from "#app/domain/roles";
import { decideSsoSignIn, type SsoRefusal } from "#app/domain/sso";
import { getEnv } from "#app/utils/env.server";
import { recordAudit } from "./audit.server";
import { startSession } from "./auth.server";
import { prisma } from "./db.server";

const CALLBACK_PATH = "/auth/oidc/callback";

// The verifier, state and nonce of one sign-in in progress: ten minutes to come back.
const flowCookie = createCookie("lb_oidc", {
  httpOnly: true,
  // Lax: the provider sends the browser back with a top-level GET, which carries it.
  sameSite: "lax",
  path: "/auth/oidc",
  secure: getEnv().COOKIE_SECURE,
  secrets: [getEnv().SESSION_SECRET],
  maxAge: 10 * 60,
});

type Flow = {
  codeVerifier: string;
  state: string;
  nonce: string;
  redirectTo: string | null;
};

export function ssoEnabled(): boolean {
  return Boolean(getEnv().OIDC_ISSUER);
}

let configuration: Promise<client.Configuration> | undefined;

/** The provider's metadata, discovered once per process (again after a failure). */
function providerConfiguration(): Promise<client.Configuration> {
  configuration ??= discover().catch((error: unknown) => {
    configuration = undefined;
    throw error;
  });
  return configuration;
}

function discover(): Promise<client.Configuration> {
  const env = getEnv();
  const issuer = new URL(env.OIDC_ISSUER!);
  // Plain http only for a provider on this machine (the tests' own).
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(
    issuer.hostname,
  );
  return client.discovery(
    issuer,
    env.OIDC_CLIENT_ID!,
    undefined,
    client.ClientSecretBasic(env.OIDC_CLIENT_SECRET!),
    issuer.protocol === "http:" && loopback
      ? { execute: [client.allowInsecureRequests] }
      : undefined,
  );
}

/** The address the provider sends people back to: register it with the provider. */
export function callbackUrl(request: Request): URL {
  return new URL(
    CALLBACK_PATH,
    getEnv().APP_URL ?? new URL(request.url).origin,
  );
}

function refused(reason: SsoRefusal): Response {
  return redirect(`/login?${new URLSearchParams({ sso: reason })}`);
}

/** The first leg: off to the provider, with a fresh PKCE verifier, state and nonce. */
export async function startSsoSignIn(request: Request): Promise<Response> {
  const config = await providerConfiguration();
  const codeVerifier = client.randomPKCECodeVerifier();
  const flow: Flow = {
    codeVerifier,
    state: client.randomState(),
    nonce: client.randomNonce(),
    redirectTo: new URL(request.url).searchParams.get("redirectTo"),
  };
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(request).href,
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return redirect(authorizationUrl.href, {
    headers: { "Set-Cookie": await flowCookie.serialize(flow) },
  });
}

function isFlow(value: unknown): value is Flow {
  const flow = value as Partial<Flow> | null;
  return (
    typeof flow?.codeVerifier === "string" &&
    typeof flow.state === "string" &&
    typeof flow.nonce === "string"
  );
}

/**
 * The second leg: the provider's answer checked (state, PKCE, the ID token's signature,
 * issuer, audience and nonce, all by openid-client), then the staff account it may sign in as.
 */
export async function finishSsoSignIn(request: Request): Promise<Response> {
  const flow: unknown = await flowCookie.parse(request.headers.get("Cookie"));
  if (!isFlow(flow)) return refused("failed");
  const current = callbackUrl(request);
  current.search = new URL(request.url).search;
  let claims: Record<string, unknown> & { sub: string };
  try {
    const config = await providerConfiguration();
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) return refused("failed");
    // Providers that keep the email out of the ID token give it at the userinfo endpoint,
    // for the same subject (checked by openid-client).
    claims =
      typeof idToken.email === "string"
        ? idToken
        : {
            ...(await client.fetchUserInfo(
              config,
              tokens.access_token,
              idToken.sub,
            )),
            sub: idToken.sub,
          };
  } catch (error) {
    console.warn(
      `Single sign-on refused: ${error instanceof Error ? error.message : String(error)}`,
    );
    return refused("failed");
  }

  const env = getEnv();
  const email =
    typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const accountSelect = { id: true, active: true, oidcSubject: true } as const;
  const [bySubject, byEmail] = await Promise.all([
    prisma.user.findUnique({
      where: { oidcSubject: claims.sub },
      select: accountSelect,
    }),
    email
      ? prisma.user.findUnique({ where: { email }, select: accountSelect })
      : null,
  ]);
  const decision = decideSsoSignIn({
    claims: {
      subject: claims.sub,
      email,
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === "string" ? claims.name : undefined,
    },
    bySubject,
    byEmail,
    policy: {
      allowedDomains: env.OIDC_ALLOWED_DOMAINS,
      defaultRole: env.OIDC_DEFAULT_ROLE,
    },
  });
  if (decision.outcome === "refused") return refused(decision.reason);

  const userSelect = { id: true, email: true, name: true, role: true } as const;
  const user =
    decision.outcome === "create"
      ? await prisma.$transaction(async (tx) => {
          const created = await tx.user.create({
            data: {
              email: decision.email,
              name: decision.name,
              role: decision.role,
              oidcSubject: claims.sub,
            },
            select: userSelect,
          });
          await recordAudit(tx, {
            actorId: created.id,
            action: "staff.create.sso",
            entityType: "User",
            entityId: created.id,
            after: { email: created.email, role: created.role },
          });
          return created;
        })
      : await prisma.user.update({
          where: { id: decision.userId },
          data: decision.linkSubject ? { oidcSubject: claims.sub } : {},
          select: userSelect,
        });
  const response = await startSession(
    user,
    request,
    safeRedirect(flow.redirectTo, homePath(user.role)),
  );
  // The flow is used up.
  response.headers.append(
    "Set-Cookie",
    await flowCookie.serialize("", { maxAge: 0 }),
  );
  return response;
}
