// The sign-in limits of ADR 011 on a real database: an account backs off exponentially, an
// address is throttled only by failures against accounts that do not exist (or very many),
// and a colleague with the right password on a throttled network still signs in after the
// short delay. Time passes by moving recorded attempts into the past.
import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "#app/domain/rate-limit";
import { action as loginAction } from "#app/routes/login";
import { verifySignIn } from "#app/services/auth.server";
import { prisma } from "#app/services/db.server";
import { createStaffUser } from "../../../seed/factories";
import { requestWith, settle } from "./helpers";

const password = "a long demo password";

/** Moves the matching attempts `seconds` into the past. */
async function age(
  where: { email?: string; address?: string },
  seconds: number,
) {
  const attempts = await prisma.loginAttempt.findMany({
    where,
    select: { id: true, createdAt: true },
  });
  for (const attempt of attempts)
    await prisma.loginAttempt.update({
      where: { id: attempt.id },
      data: {
        createdAt: new Date(attempt.createdAt.getTime() - seconds * 1000),
      },
    });
}

async function failTimes(times: number, email: string, address: string) {
  for (let attempt = 0; attempt < times; attempt++)
    expect(
      await verifySignIn({ email, password: "wrong", address }),
    ).toMatchObject({ ok: false, reason: "invalid" });
}

describe("per account", () => {
  it("backs off exponentially, counts only real checks, and starts again after a sign-in", async () => {
    const user = await createStaffUser({ role: "PANELIST", password });
    await failTimes(SIGN_IN_LIMITS.accountFreeFailures, user.email, "10.1.0.1");
    const first = await verifySignIn({
      email: user.email,
      password,
      address: "10.1.0.2",
    });
    expect(first).toMatchObject({
      ok: false,
      reason: "rate-limited",
      retryAfterSeconds: 60,
    });
    // Knocking while it waits does not make the wait longer.
    for (let knock = 0; knock < 5; knock++)
      await verifySignIn({
        email: user.email,
        password: "x",
        address: "10.1.0.3",
      });
    await age({ email: user.email }, 61);
    await failTimes(1, user.email, "10.1.0.1");
    const second = await verifySignIn({
      email: user.email,
      password,
      address: "10.1.0.2",
    });
    expect(second).toMatchObject({
      reason: "rate-limited",
      retryAfterSeconds: 120,
    });
    expect(!second.ok && second.message).toMatch(/Wait 2 minutes/);
    await age({ email: user.email }, 121);
    expect(
      await verifySignIn({ email: user.email, password, address: "10.1.0.2" }),
    ).toMatchObject({ ok: true });
    // A sign-in wipes the slate: the next mistake is a free one again.
    await failTimes(1, user.email, "10.1.0.1");
    expect(
      await verifySignIn({ email: user.email, password, address: "10.1.0.2" }),
    ).toMatchObject({ ok: true });
  });
});

describe("per address", () => {
  it("is not throttled by colleagues' typos against real accounts", async () => {
    const office = "10.2.0.1";
    const colleagues = await Promise.all(
      Array.from({ length: 8 }, () =>
        createStaffUser({ role: "PANELIST", password }),
      ),
    );
    // 32 failures from the office, more than the 20 that throttle guesses at unknown emails.
    for (const colleague of colleagues)
      await failTimes(4, colleague.email, office);
    const user = await createStaffUser({ role: "ADMIN", password });
    expect(
      await verifySignIn({ email: user.email, password, address: office }),
    ).toMatchObject({ ok: true });
  });

  it("throttles guesses at emails that name no account, yet lets a colleague's right password in after the delay", async () => {
    const office = "10.3.0.1";
    for (
      let guess = 0;
      guess < SIGN_IN_LIMITS.addressUnknownAccountFailures;
      guess++
    )
      await verifySignIn({
        email: `nobody${guess}@example.com`,
        password: "x",
        address: office,
      });
    const user = await createStaffUser({ role: "HIRING_MANAGER", password });
    const refused = await verifySignIn({
      email: user.email,
      password,
      address: office,
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: "rate-limited",
      retryAfterSeconds: SIGN_IN_LIMITS.addressDelaySeconds,
    });
    expect(!refused.ok && refused.message).toMatch(
      /from your network.*30 seconds/,
    );
    // Coming back too early is refused again.
    await age({ email: user.email }, 10);
    expect(
      await verifySignIn({ email: user.email, password, address: office }),
    ).toMatchObject({ reason: "rate-limited" });
    await age({ email: user.email }, SIGN_IN_LIMITS.addressDelaySeconds);
    expect(
      await verifySignIn({ email: user.email, password, address: office }),
    ).toMatchObject({ ok: true });
    // The guesser's next guess still waits.
    expect(
      await verifySignIn({
        email: "nobody-else@example.com",
        password: "x",
        address: office,
      }),
    ).toMatchObject({ reason: "rate-limited" });
  });

  it("answers a throttled sign-in form with 429 and the wait", async () => {
    for (
      let guess = 0;
      guess < SIGN_IN_LIMITS.addressUnknownAccountFailures;
      guess++
    )
      await verifySignIn({
        email: `ghost${guess}@example.com`,
        password: "x",
        address: "10.4.0.1",
      });
    const response = await settle(
      loginAction({
        request: requestWith("/login", undefined, {
          method: "POST",
          body: new URLSearchParams({ email: "a@example.com", password: "x" }),
        }),
        params: {},
        context: { clientAddress: "10.4.0.1" },
      }),
    );
    const reply = response as unknown as {
      init: { status: number };
      data: { result: { error: Record<string, string[]> } };
    };
    expect(reply.init.status).toBe(429);
    expect(JSON.stringify(reply.data.result)).toMatch(/Wait 30 seconds/);
  });
});
