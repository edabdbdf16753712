import { describe, expect, it } from "vitest";
import {
  ACTIVITY,
  LIMITS,
  SAVE_TIMING,
  characterLimit,
  creditActiveSeconds,
  decideDelete,
  decideSave,
  oversizeMessage,
  retryDelay,
} from "#app/domain/autosave";

const sameText = (a: string, b: string) => a === b;

describe("decideSave", () => {
  it("creates a record the browser has never seen saved", () => {
    expect(decideSave(null, 0, "first words", sameText)).toEqual({
      kind: "write",
      revision: 1,
    });
  });

  it("writes on top of the revision the browser saw, and moves it on by one", () => {
    expect(
      decideSave({ revision: 4, value: "old" }, 4, "new", sameText),
    ).toEqual({ kind: "write", revision: 5 });
  });

  it("refuses a save based on an older revision: a second tab saved in between", () => {
    expect(
      decideSave(
        { revision: 5, value: "from the other tab" },
        4,
        "mine",
        sameText,
      ),
    ).toEqual({ kind: "conflict" });
  });

  it("refuses a save based on a revision the server never reached", () => {
    expect(
      decideSave({ revision: 2, value: "server" }, 7, "mine", sameText),
    ).toEqual({ kind: "conflict" });
  });

  it("treats a retry of a save that already landed as success, not as a conflict", () => {
    // The save reached revision 5 but its answer was lost; the browser retries from 4.
    expect(
      decideSave({ revision: 5, value: "same text" }, 4, "same text", sameText),
    ).toEqual({ kind: "unchanged", revision: 5 });
  });

  it("answers a record deleted elsewhere as a conflict when the browser had seen it", () => {
    expect(decideSave(null, 3, "edited", sameText)).toEqual({
      kind: "conflict",
    });
  });
});

describe("decideDelete", () => {
  it("deletes the revision the browser saw", () => {
    expect(decideDelete({ revision: 2 }, 2)).toEqual({ kind: "delete" });
  });

  it("refuses to delete a newer revision than the one the browser saw", () => {
    expect(decideDelete({ revision: 3 }, 2)).toEqual({ kind: "conflict" });
  });

  it("succeeds on something already gone (a retried delete)", () => {
    expect(decideDelete(null, 2)).toEqual({ kind: "gone" });
  });
});

describe("size limits", () => {
  it("are documented per kind of record", () => {
    expect(characterLimit("answer")).toBe(LIMITS.answerCharacters);
    expect(characterLimit("comment")).toBe(LIMITS.commentCharacters);
    expect(characterLimit("summary")).toBe(LIMITS.summaryCharacters);
  });

  it("accept a body at the limit and explain one over it", () => {
    expect(
      oversizeMessage("answer", "x".repeat(LIMITS.answerCharacters)),
    ).toBeNull();
    expect(
      oversizeMessage("answer", "x".repeat(LIMITS.answerCharacters + 1)),
    ).toBe(
      "An answer can be at most 30,000 characters; this one has 30,001. Shorten it and it will save again.",
    );
  });

  it("leave room in a request for the largest valid record in any encoding", () => {
    // Three bytes per character (most of Unicode's basic plane), doubled by JSON escaping of
    // the worst case, still fits: a valid save is never refused for its size in bytes.
    expect(LIMITS.requestBytes).toBeGreaterThan(
      LIMITS.answerCharacters * 3 + 1024,
    );
  });
});

describe("retryDelay", () => {
  it("doubles from the base, with at least half of each step fixed", () => {
    expect(retryDelay(0, 0)).toBe(SAVE_TIMING.retryBaseMs / 2);
    expect(retryDelay(0, 1)).toBe(SAVE_TIMING.retryBaseMs);
    expect(retryDelay(1, 0)).toBe(SAVE_TIMING.retryBaseMs);
    expect(retryDelay(3, 1)).toBe(SAVE_TIMING.retryBaseMs * 8);
  });

  it("never waits longer than the cap, however many failures", () => {
    expect(retryDelay(50, 1)).toBe(SAVE_TIMING.retryMaxMs);
    expect(retryDelay(50, 0)).toBe(SAVE_TIMING.retryMaxMs / 2);
  });

  it("spreads browsers retrying together across the step", () => {
    const delays = [0, 0.25, 0.5, 0.75, 1].map((r) => retryDelay(2, r));
    expect(new Set(delays).size).toBe(5);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(4000);
    }
  });
});

describe("creditActiveSeconds", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it("credits what the browser measured", () => {
    expect(
      creditActiveSeconds({ claimedSeconds: 30, lastActivityAt: ago(31), now }),
    ).toBe(30);
  });

  it("caps one report, whatever the browser claims", () => {
    expect(
      creditActiveSeconds({
        claimedSeconds: 3600,
        lastActivityAt: ago(7200),
        now,
      }),
    ).toBe(ACTIVITY.maxCreditSeconds);
  });

  it("never credits more time than has passed since the last report (two tabs)", () => {
    expect(
      creditActiveSeconds({ claimedSeconds: 30, lastActivityAt: ago(2), now }),
    ).toBe(2 + ACTIVITY.elapsedSlackSeconds);
  });

  it("ignores negative and fractional claims", () => {
    expect(
      creditActiveSeconds({ claimedSeconds: -5, lastActivityAt: null, now }),
    ).toBe(0);
    expect(
      creditActiveSeconds({ claimedSeconds: 12.9, lastActivityAt: null, now }),
    ).toBe(12);
  });
});
