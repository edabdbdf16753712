// Sign-in throttling (ADR 011), decided from the attempts the database has counted, so the
// limits hold across every server process. Built so that nobody can lock the team out:
// - an account gets a few free failures, then an exponentially growing wait;
// - an address is throttled only by failures against accounts that do not exist (someone
//   guessing who works here) or by a great many failures of any kind;
// - from a throttled address, a sign-in waits a short delay (refused once, then let through
//   to the password check), so a colleague on the same network still gets in, without a
//   CAPTCHA; a guesser there gets one guess per email per delay, and each account's own
//   backoff still holds.
export const SIGN_IN_LIMITS = {
  /** Failures an account takes (since its last sign-in, within a day) before it waits. */
  accountFreeFailures: 5,
  /** The first wait; each further failure doubles it, up to the maximum. */
  accountBaseWaitMinutes: 1,
  accountMaxWaitMinutes: 60,
  accountWindowHours: 24,
  addressWindowMinutes: 15,
  /** Failures from one address against emails that name no account. */
  addressUnknownAccountFailures: 20,
  /** Failures of any kind from one address: ten times as many as above. */
  addressFailures: 200,
  /** How long a sign-in from a throttled address waits. */
  addressDelaySeconds: 30,
  /** How long after its refusal the waiting sign-in may come back. */
  addressRetryWithinMinutes: 10,
} as const;

export type SignInLimits = typeof SIGN_IN_LIMITS;

export type SignInHistory = {
  now: Date;
  /** Failed password checks for this email since its last successful sign-in, within the window. */
  account: { failures: number; lastFailureAt: Date | null };
  /** Failed password checks from this address within its window. */
  address: { unknownAccountFailures: number; failures: number };
  /** The previous attempt with this email from this address, if any. */
  previousFromAddress: { at: Date; throttled: boolean } | null;
};

export type RateLimitDecision =
  | { allowed: true }
  | {
      allowed: false;
      limit: "account" | "address";
      retryAfterSeconds: number;
      message: string;
    };

/** The wait after `failures` failed checks of one account, in minutes (0: none). */
export function accountWaitMinutes(
  failures: number,
  limits: SignInLimits = SIGN_IN_LIMITS,
): number {
  if (failures < limits.accountFreeFailures) return 0;
  const doublings = failures - limits.accountFreeFailures;
  return Math.min(
    limits.accountBaseWaitMinutes * 2 ** Math.min(doublings, 30),
    limits.accountMaxWaitMinutes,
  );
}

export function isAddressThrottled(
  address: SignInHistory["address"],
  limits: SignInLimits = SIGN_IN_LIMITS,
): boolean {
  return (
    address.unknownAccountFailures >= limits.addressUnknownAccountFailures ||
    address.failures >= limits.addressFailures
  );
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function decideSignIn(
  history: SignInHistory,
  limits: SignInLimits = SIGN_IN_LIMITS,
): RateLimitDecision {
  const now = history.now.getTime();
  const waitMs = accountWaitMinutes(history.account.failures, limits) * 60_000;
  if (waitMs > 0 && history.account.lastFailureAt) {
    const remainingMs = history.account.lastFailureAt.getTime() + waitMs - now;
    if (remainingMs > 0) {
      const retryAfterSeconds = Math.ceil(remainingMs / 1000);
      return {
        allowed: false,
        limit: "account",
        retryAfterSeconds,
        message: `Too many failed sign-ins for this account. Wait ${duration(retryAfterSeconds)} and try again, or ask an admin to reset your password.`,
      };
    }
  }
  if (isAddressThrottled(history.address, limits)) {
    // Let through the sign-in that was refused here a delay ago and came back.
    const previous = history.previousFromAddress;
    const waitedMs = previous ? now - previous.at.getTime() : -1;
    const waited =
      previous?.throttled === true &&
      waitedMs >= limits.addressDelaySeconds * 1000 &&
      waitedMs <= limits.addressRetryWithinMinutes * 60_000;
    if (!waited)
      return {
        allowed: false,
        limit: "address",
        retryAfterSeconds: limits.addressDelaySeconds,
        message: `Too many failed sign-ins from your network. Wait ${duration(limits.addressDelaySeconds)}, then sign in again.`,
      };
  }
  return { allowed: true };
}
