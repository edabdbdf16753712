// The staff session's two clocks: its maximum age and its idle timeout, and how often its
// last-seen time is written.
import { describe, expect, it } from "vitest";
import { sessionStanding } from "#app/domain/staff-session";

const now = new Date("2026-12-02T12:00:00Z");
const minutesAgo = (minutes: number) =>
  new Date(now.getTime() - minutes * 60_000);
const inDays = (days: number) =>
  new Date(now.getTime() + days * 24 * 60 * 60_000);

describe("a staff session", () => {
  it("holds while in use and before its maximum age", () => {
    expect(
      sessionStanding(
        { expiresAt: inDays(3), lastSeenAt: minutesAgo(0.5) },
        now,
        240,
      ),
    ).toEqual({ valid: true, touch: false });
  });

  it("records that it was seen at most once a minute", () => {
    expect(
      sessionStanding(
        { expiresAt: inDays(3), lastSeenAt: minutesAgo(1) },
        now,
        240,
      ),
    ).toEqual({ valid: true, touch: true });
  });

  it("ends after the idle timeout, however long it had left", () => {
    expect(
      sessionStanding(
        { expiresAt: inDays(6), lastSeenAt: minutesAgo(241) },
        now,
        240,
      ),
    ).toEqual({ valid: false, reason: "idle" });
    expect(
      sessionStanding(
        { expiresAt: inDays(6), lastSeenAt: minutesAgo(240) },
        now,
        240,
      ).valid,
    ).toBe(true);
  });

  it("ends at its maximum age, however active", () => {
    expect(
      sessionStanding({ expiresAt: now, lastSeenAt: now }, now, 240),
    ).toEqual({ valid: false, reason: "expired" });
  });
});
