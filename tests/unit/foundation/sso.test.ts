// Who a single sign-on signs in as: verified emails only, allowed domains, invited staff or a
// default role, and one provider identity per account.
import { describe, expect, it } from "vitest";
import { decideSsoSignIn, type SsoPolicy } from "#app/domain/sso";
import { parseEnv } from "#app/utils/env.server";

const invitedOnly: SsoPolicy = {
  allowedDomains: ["example.com"],
  defaultRole: "invited",
};
const claims = {
  subject: "sub-1",
  email: "Ana@Example.com",
  emailVerified: true,
  name: "Ana Lima",
};
const account = { id: "u1", active: true, oidcSubject: null };

describe("single sign-on decisions", () => {
  it("signs in the account with the verified email, and links the identity", () => {
    expect(
      decideSsoSignIn({
        claims,
        bySubject: null,
        byEmail: account,
        policy: invitedOnly,
      }),
    ).toEqual({ outcome: "sign-in", userId: "u1", linkSubject: true });
  });

  it("refuses unverified or missing emails, other domains and strangers when invited only", () => {
    const decide = (overrides: Partial<typeof claims>, byEmail = account) =>
      decideSsoSignIn({
        claims: { ...claims, ...overrides },
        bySubject: null,
        byEmail,
        policy: invitedOnly,
      });
    expect(decide({ emailVerified: false })).toMatchObject({
      reason: "unverified-email",
    });
    expect(decide({ email: undefined })).toMatchObject({
      reason: "unverified-email",
    });
    expect(decide({ email: "ana@example.com.evil.org" })).toMatchObject({
      reason: "domain",
    });
    expect(
      decideSsoSignIn({
        claims,
        bySubject: null,
        byEmail: null,
        policy: invitedOnly,
      }),
    ).toEqual({ outcome: "refused", reason: "not-invited" });
  });

  it("adds someone new with the default role when one is set", () => {
    expect(
      decideSsoSignIn({
        claims,
        bySubject: null,
        byEmail: null,
        policy: { allowedDomains: ["example.com"], defaultRole: "PANELIST" },
      }),
    ).toEqual({
      outcome: "create",
      email: "ana@example.com",
      name: "Ana Lima",
      role: "PANELIST",
    });
  });

  it("keeps an account to the identity it was linked to, and deactivated accounts out", () => {
    const linked = { ...account, oidcSubject: "sub-other" };
    expect(
      decideSsoSignIn({
        claims,
        bySubject: null,
        byEmail: linked,
        policy: invitedOnly,
      }),
    ).toEqual({ outcome: "refused", reason: "subject-mismatch" });
    expect(
      decideSsoSignIn({
        claims,
        bySubject: { ...account, oidcSubject: "sub-1" },
        byEmail: null,
        policy: invitedOnly,
      }),
    ).toEqual({ outcome: "sign-in", userId: "u1", linkSubject: false });
    expect(
      decideSsoSignIn({
        claims,
        bySubject: null,
        byEmail: { ...account, active: false },
        policy: invitedOnly,
      }),
    ).toEqual({ outcome: "refused", reason: "inactive" });
  });
});

describe("single sign-on settings", () => {
  const sso = {
    OIDC_ISSUER: "https://id.example.com",
    OIDC_CLIENT_ID: "leadbench",
    OIDC_CLIENT_SECRET: "secret",
  };

  it("are off by default, with passwords on and invited staff only", () => {
    const env = parseEnv({});
    expect(env.OIDC_ISSUER).toBeUndefined();
    expect(env.PASSWORD_SIGNIN).toBe(true);
    expect(env.OIDC_DEFAULT_ROLE).toBe("invited");
  });

  it("read the allowed domains as a list", () => {
    expect(
      parseEnv({ ...sso, OIDC_ALLOWED_DOMAINS: " Example.com, @corp.example " })
        .OIDC_ALLOWED_DOMAINS,
    ).toEqual(["example.com", "corp.example"]);
  });

  it("refuse half a configuration, a default role for any domain, and no way to sign in", () => {
    expect(() => parseEnv({ OIDC_ISSUER: sso.OIDC_ISSUER })).toThrow(
      /all three/,
    );
    expect(() => parseEnv({ ...sso, OIDC_DEFAULT_ROLE: "PANELIST" })).toThrow(
      /OIDC_ALLOWED_DOMAINS/,
    );
    expect(() => parseEnv({ ...sso, OIDC_DEFAULT_ROLE: "ADMIN" })).toThrow(
      /OIDC_DEFAULT_ROLE/,
    );
    expect(() => parseEnv({ PASSWORD_SIGNIN: "off" })).toThrow(
      /PASSWORD_SIGNIN/,
    );
    expect(parseEnv({ ...sso, PASSWORD_SIGNIN: "off" }).PASSWORD_SIGNIN).toBe(
      false,
    );
  });
});
