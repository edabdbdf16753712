// Who may do what, as plain rules the services and routes share.
export const ROLES = ["ADMIN", "HIRING_MANAGER", "PANELIST"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  HIRING_MANAGER: "Hiring manager",
  PANELIST: "Panelist",
};

export type Actor = { id: string; role: Role };

/** Where each role lands after signing in. */
export function homePath(role: Role): string {
  return role === "PANELIST" ? "/panel" : "/admin";
}

export function hasRole(actor: Actor, allowed: readonly Role[]): boolean {
  return allowed.includes(actor.role);
}

/** Admins manage every opening; a hiring manager only the openings they own. */
export function canManageOpening(
  actor: Actor,
  opening: { hiringManagerId: string },
): boolean {
  return (
    actor.role === "ADMIN" ||
    (actor.role === "HIRING_MANAGER" && opening.hiringManagerId === actor.id)
  );
}

export function canManageStaff(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

/** Only the hiring manager and admins see candidates' names, emails and panel offsets. */
export function canSeeIdentity(
  actor: Actor,
  opening: { hiringManagerId: string },
): boolean {
  return canManageOpening(actor, opening);
}

/**
 * A redirect target must stay on this site: a path, not "//host". Browsers drop tabs and
 * newlines and read "\\" as "/" when parsing a URL ("/\t/evil.com" becomes "//evil.com"),
 * so any control character or backslash is refused outright. What is left is percent-encoded
 * as a URL parser would ("/☃" becomes "/%E2%98%83"): a Location header carries only ASCII.
 */
export function safeRedirect(
  target: FormDataEntryValue | string | null | undefined,
  fallback: string,
): string {
  if (
    typeof target !== "string" ||
    !target.startsWith("/") ||
    target.startsWith("//") ||
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f\\]/.test(target)
  ) {
    return fallback;
  }
  const site = "http://leadbench.invalid";
  let url: URL;
  try {
    url = new URL(target, site);
  } catch {
    return fallback;
  }
  if (url.origin !== site) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
