import { describe, expect, it } from "vitest";
import { decideSignIn, SIGN_IN_LIMITS } from "#app/domain/rate-limit";

describe("sign-in rate limit", () => {
  it("allows attempts below both limits", () => {
    expect(
      decideSignIn({
        forAccount: SIGN_IN_LIMITS.perAccount - 1,
        forAddress: 0,
      }),
    ).toEqual({ allowed: true });
  });

  it("stops an account after too many failures, saying how long to wait", () => {
    const decision = decideSignIn({
      forAccount: SIGN_IN_LIMITS.perAccount,
      forAddress: 0,
    });
    expect(decision).toMatchObject({ allowed: false });
    expect(!decision.allowed && decision.message).toMatch(
      /this account.*15 minutes/,
    );
  });

  it("stops an address that tries many accounts", () => {
    const decision = decideSignIn({
      forAccount: 0,
      forAddress: SIGN_IN_LIMITS.perAddress,
    });
    expect(!decision.allowed && decision.message).toMatch(/your network/);
  });
});
