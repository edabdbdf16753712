// A real OpenID Connect provider (the `oidc-provider` package) for the SSO tests, on loopback:
// one confidential client, PKCE required, and its development login form, where any login
// signs in as the account of that name (its email). Consent is granted at once, as a company's
// provider does for its own apps. Plain JS so playwright.config.ts can start it as a process:
// `node tests/support/oidc-provider.js <port> <redirect uri>`.
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import Provider from "oidc-provider";
import { TEST_CLIENT } from "./oidc-test-client.js";

/**
 * Starts the provider; `port` 0 picks a free one.
 * @param {{ port?: number, redirectUris: string[] }} options
 */
export async function startOidcProvider({ port = 0, redirectUris }) {
  const server = createServer();
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string")
    throw new Error("The provider has no port.");
  const issuer = `http://127.0.0.1:${address.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    cookies: { keys: ["leadbench-test-provider-cookie-key"] },
    // The account named by the login form: its subject and email are the login; "unverified+…" logins
    // have an email the provider has not verified.
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            email: id.replace(/^unverified\+/, ""),
            email_verified: !id.startsWith("unverified+"),
            name: id.split("@")[0],
          };
        },
      };
    },
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId ||
        ctx.oidc.session?.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  // Silence its warnings about development keys and interactions: they are the point here.
  provider.on("server_error", (_ctx, error) => console.error(error));
  server.on("request", provider.callback());
  return {
    issuer,
    ...TEST_CLIENT,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [port = "0", ...redirectUris] = process.argv.slice(2);
  const provider = await startOidcProvider({
    port: Number(port),
    redirectUris,
  });
  console.log(`Test OpenID provider at ${provider.issuer}`);
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => provider.close().then(() => process.exit(0)));
}
