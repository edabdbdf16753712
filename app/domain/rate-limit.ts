// Sign-in throttling: a decision from the recent failures the database has counted, so the
// limit holds across every server process.
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type RecentFailures = { forAccount: number; forAddress: number };

export type RateLimitDecision =
  { allowed: true } | { allowed: false; message: string };

export function decideSignIn(
  failures: RecentFailures,
  limits = SIGN_IN_LIMITS,
): RateLimitDecision {
  if (failures.forAccount >= limits.perAccount) {
    return {
      allowed: false,
      message: `Too many failed sign-ins for this account. Wait ${limits.windowMinutes} minutes and try again, or ask an admin to reset your password.`,
    };
  }
  if (failures.forAddress >= limits.perAddress) {
    return {
      allowed: false,
      message: `Too many failed sign-ins from your network. Wait ${limits.windowMinutes} minutes and try again.`,
    };
  }
  return { allowed: true };
}
