import { describe, expect, it } from "vitest";
import { afterFailure, retryDelayMs } from "#app/domain/jobs/retry";

describe("retryDelayMs", () => {
  it("doubles with each failure, between half and all of the planned delay", () => {
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(1, () => 1)).toBe(30_000);
    expect(retryDelayMs(2, () => 0)).toBe(30_000);
    expect(retryDelayMs(3, () => 1)).toBe(120_000);
  });

  it("never waits more than six hours", () => {
    expect(retryDelayMs(40, () => 1)).toBe(6 * 60 * 60 * 1000);
  });

  it("spreads jobs that failed together", () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(4)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe("afterFailure", () => {
  const now = new Date("2026-12-02T10:00:00Z");

  it("schedules another try while attempts remain", () => {
    expect(afterFailure({ attempts: 1, maxAttempts: 3 }, now, () => 1)).toEqual(
      {
        status: "PENDING",
        runAt: new Date("2026-12-02T10:00:30Z"),
      },
    );
  });

  it("gives up after the last attempt", () => {
    expect(afterFailure({ attempts: 3, maxAttempts: 3 }, now)).toEqual({
      status: "FAILED",
    });
  });
});
