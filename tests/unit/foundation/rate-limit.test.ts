import { describe, expect, it } from "vitest";
import {
  accountWaitMinutes,
  decideSignIn,
  SIGN_IN_LIMITS,
  type SignInHistory,
} from "#app/domain/rate-limit";

const now = new Date("2026-12-02T12:00:00Z");
const secondsAgo = (seconds: number) =>
  new Date(now.getTime() - seconds * 1000);

function history(overrides: Partial<SignInHistory> = {}): SignInHistory {
  return {
    now,
    account: { failures: 0, lastFailureAt: null },
    address: { unknownAccountFailures: 0, failures: 0 },
    previousFromAddress: null,
    ...overrides,
  };
}

describe("sign-in rate limit", () => {
  it("allows attempts below both limits", () => {
    expect(
      decideSignIn(
        history({
          account: {
            failures: SIGN_IN_LIMITS.accountFreeFailures - 1,
            lastFailureAt: secondsAgo(1),
          },
          address: {
            unknownAccountFailures:
              SIGN_IN_LIMITS.addressUnknownAccountFailures - 1,
            failures: SIGN_IN_LIMITS.addressFailures - 1,
          },
        }),
      ),
    ).toEqual({ allowed: true });
  });

  it("stops an account after too many failures, saying how long to wait", () => {
    const decision = decideSignIn(
      history({
        account: {
          failures: SIGN_IN_LIMITS.accountFreeFailures,
          lastFailureAt: secondsAgo(0),
        },
      }),
    );
    expect(decision).toMatchObject({
      allowed: false,
      limit: "account",
      retryAfterSeconds: 60,
    });
    expect(!decision.allowed && decision.message).toMatch(
      /this account.*Wait 1 minute/,
    );
  });

  it("stops an address that tries many accounts", () => {
    const decision = decideSignIn(
      history({
        address: {
          unknownAccountFailures: SIGN_IN_LIMITS.addressUnknownAccountFailures,
          failures: SIGN_IN_LIMITS.addressUnknownAccountFailures,
        },
      }),
    );
    expect(!decision.allowed && decision.message).toMatch(/your network/);
  });
});

describe("per account: exponential backoff", () => {
  it("doubles the wait with each failure past the free ones, up to an hour", () => {
    const free = SIGN_IN_LIMITS.accountFreeFailures;
    expect(accountWaitMinutes(free - 1)).toBe(0);
    expect(
      [0, 1, 2, 3, 4, 5, 6, 7].map((extra) => accountWaitMinutes(free + extra)),
    ).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(accountWaitMinutes(10_000)).toBe(60);
  });

  it("lets the account try again once its wait has passed", () => {
    const failures = SIGN_IN_LIMITS.accountFreeFailures + 2; // a 4-minute wait
    expect(
      decideSignIn(
        history({ account: { failures, lastFailureAt: secondsAgo(239) } }),
      ),
    ).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(
      decideSignIn(
        history({ account: { failures, lastFailureAt: secondsAgo(240) } }),
      ),
    ).toEqual({ allowed: true });
  });
});

describe("per address: never a lock-out of the team", () => {
  it("is not throttled by failures against real accounts below the much higher threshold", () => {
    expect(
      decideSignIn(
        history({
          address: {
            unknownAccountFailures: 0,
            failures: SIGN_IN_LIMITS.addressFailures - 1,
          },
        }),
      ),
    ).toEqual({ allowed: true });
    expect(
      decideSignIn(
        history({
          address: {
            unknownAccountFailures: 0,
            failures: SIGN_IN_LIMITS.addressFailures,
          },
        }),
      ),
    ).toMatchObject({ allowed: false, limit: "address" });
  });

  it("lets a sign-in from a throttled address through after the delay, once it came back", () => {
    const throttled = {
      unknownAccountFailures: SIGN_IN_LIMITS.addressUnknownAccountFailures,
      failures: SIGN_IN_LIMITS.addressUnknownAccountFailures,
    };
    const delay = SIGN_IN_LIMITS.addressDelaySeconds;
    const refusedAgo = (seconds: number, wasThrottled = true) =>
      decideSignIn(
        history({
          address: throttled,
          previousFromAddress: {
            at: secondsAgo(seconds),
            throttled: wasThrottled,
          },
        }),
      );
    expect(refusedAgo(delay - 1)).toMatchObject({
      allowed: false,
      retryAfterSeconds: delay,
    });
    expect(refusedAgo(delay)).toEqual({ allowed: true });
    // Each check from there waits again: the previous attempt was a check, not a wait.
    expect(refusedAgo(delay, false)).toMatchObject({ allowed: false });
    // A wait is good for a while, not for ever.
    expect(
      refusedAgo(SIGN_IN_LIMITS.addressRetryWithinMinutes * 60 + 1),
    ).toMatchObject({ allowed: false });
  });

  it("still holds an account's own backoff after the address delay", () => {
    const decision = decideSignIn(
      history({
        account: {
          failures: SIGN_IN_LIMITS.accountFreeFailures,
          lastFailureAt: secondsAgo(1),
        },
        address: {
          unknownAccountFailures: SIGN_IN_LIMITS.addressUnknownAccountFailures,
          failures: 0,
        },
        previousFromAddress: { at: secondsAgo(40), throttled: true },
      }),
    );
    expect(decision).toMatchObject({ allowed: false, limit: "account" });
  });
});
