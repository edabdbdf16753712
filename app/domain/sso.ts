// Who a single sign-on may sign in as: the rules applied to what the identity provider says
// (its ID token's claims) and to the staff accounts it could match. Pure; the flow itself is
// app/services/sso.server.ts.
import type { Role } from "./roles";

export type SsoClaims = {
  subject: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
};

export type SsoPolicy = {
  /** Email domains allowed to sign in this way; empty: any. */
  allowedDomains: readonly string[];
  /** The role of someone new, or "invited": only people an admin has added. */
  defaultRole: "invited" | Extract<Role, "PANELIST" | "HIRING_MANAGER">;
};

export type SsoAccount = {
  id: string;
  active: boolean;
  oidcSubject: string | null;
};

export const SSO_REFUSALS = {
  "unverified-email":
    "Your identity provider did not confirm an email address for you.",
  domain: "Your email's domain may not sign in to Leadbench.",
  "not-invited":
    "There is no Leadbench account for your email. Ask an admin to add you.",
  inactive: "Your Leadbench account is deactivated.",
  "subject-mismatch":
    "Your email's Leadbench account is linked to another sign-on identity. Ask an admin.",
  failed: "Single sign-on did not complete. Try again.",
} as const;

export type SsoRefusal = keyof typeof SSO_REFUSALS;

export type SsoDecision =
  | { outcome: "sign-in"; userId: string; linkSubject: boolean }
  | { outcome: "create"; email: string; name: string; role: Role }
  | { outcome: "refused"; reason: SsoRefusal };

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export function decideSsoSignIn(input: {
  claims: SsoClaims;
  /** The account already linked to this provider identity. */
  bySubject: SsoAccount | null;
  /** The account with the provider's email. */
  byEmail: SsoAccount | null;
  policy: SsoPolicy;
}): SsoDecision {
  const { claims, bySubject, byEmail, policy } = input;
  const email = claims.email?.trim().toLowerCase();
  // An unverified email could be anyone's: never match or create an account by it.
  if (!email || claims.emailVerified !== true)
    return { outcome: "refused", reason: "unverified-email" };
  if (
    policy.allowedDomains.length > 0 &&
    !policy.allowedDomains.includes(emailDomain(email))
  )
    return { outcome: "refused", reason: "domain" };
  const account = bySubject ?? byEmail;
  if (account) {
    if (
      !bySubject &&
      account.oidcSubject &&
      account.oidcSubject !== claims.subject
    )
      return { outcome: "refused", reason: "subject-mismatch" };
    if (!account.active) return { outcome: "refused", reason: "inactive" };
    return {
      outcome: "sign-in",
      userId: account.id,
      linkSubject: account.oidcSubject !== claims.subject,
    };
  }
  if (policy.defaultRole === "invited")
    return { outcome: "refused", reason: "not-invited" };
  return {
    outcome: "create",
    email,
    name: claims.name?.trim() || email.slice(0, email.indexOf("@")),
    role: policy.defaultRole,
  };
}

export function isSsoRefusal(value: string | null): value is SsoRefusal {
  return value !== null && Object.hasOwn(SSO_REFUSALS, value);
}
