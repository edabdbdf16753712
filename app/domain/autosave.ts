// The rules of autosave, shared by the server (which enforces them) and the browser's engine
// (app/autosave/, which follows them): how a save is judged against the stored revision, how big a
// record may be, how long to wait before retrying, and how much active time one heartbeat
// may add. Pure and free of zod, so the browser can import it.

/**
 * Size limits, in characters (UTF-16 code units, what `String.length` counts). Generous on
 * purpose: the longest suggested answer is 900 words (≈ 6,000 characters), so only a runaway
 * paste reaches them. The request limit sits above the largest valid record however its
 * characters encode, so a valid save is never refused for its bytes.
 */
export const LIMITS = {
  answerCharacters: 30_000,
  commentCharacters: 10_000,
  summaryCharacters: 20_000,
  requestBytes: 256 * 1024,
} as const;

export type RecordKind = "answer" | "comment" | "summary";

const CHARACTER_LIMITS: Record<RecordKind, number> = {
  answer: LIMITS.answerCharacters,
  comment: LIMITS.commentCharacters,
  summary: LIMITS.summaryCharacters,
};

const NOUN: Record<RecordKind, string> = {
  answer: "An answer",
  comment: "A review comment",
  summary: "The review summary",
};

export function characterLimit(kind: RecordKind): number {
  return CHARACTER_LIMITS[kind];
}

/** The message for a body over its limit, or null when it fits. */
export function oversizeMessage(kind: RecordKind, body: string): string | null {
  const limit = CHARACTER_LIMITS[kind];
  if (body.length <= limit) return null;
  return `${NOUN[kind]} can be at most ${limit.toLocaleString("en")} characters; this one has ${body.length.toLocaleString("en")}. Shorten it and it will save again.`;
}

export type Stored<Value> = { revision: number; value: Value };

export type SaveDecision =
  | { kind: "write"; revision: number }
  | { kind: "unchanged"; revision: number }
  | { kind: "conflict" };

/**
 * Judges a save against what the server holds. A save names the revision it was based on
 * (0 for a record the browser has never seen saved). It is written only on top of that exact
 * revision, so a stale tab cannot overwrite newer text. A save whose value the server already
 * holds succeeds without a write: that is the retry of a save whose answer was lost on the way
 * back, and calling it a conflict would alarm the candidate for nothing.
 */
export function decideSave<Value>(
  current: Stored<Value> | null,
  baseRevision: number,
  value: Value,
  equals: (a: Value, b: Value) => boolean,
): SaveDecision {
  if (!current) {
    // Nothing stored but the browser saw a revision: it was deleted elsewhere.
    return baseRevision === 0
      ? { kind: "write", revision: 1 }
      : { kind: "conflict" };
  }
  if (equals(current.value, value))
    return { kind: "unchanged", revision: current.revision };
  if (baseRevision === current.revision)
    return { kind: "write", revision: current.revision + 1 };
  return { kind: "conflict" };
}

export type DeleteDecision =
  { kind: "delete" } | { kind: "gone" } | { kind: "conflict" };

/** Deleting is judged like saving: only the revision the browser saw may be deleted. */
export function decideDelete(
  current: { revision: number } | null,
  baseRevision: number,
): DeleteDecision {
  if (!current) return { kind: "gone" };
  return current.revision === baseRevision
    ? { kind: "delete" }
    : { kind: "conflict" };
}

/** The timing of every autosaved record: a candidate's work and a panelist's scorecard draft. */
export const SAVE_TIMING = {
  /** Quiet time after the last keystroke before a save is sent. */
  debounceMs: 800,
  /** First retry after a failure; each further one doubles, up to the cap. */
  retryBaseMs: 1_000,
  retryMaxMs: 30_000,
  /**
   * The longest a client-side navigation waits for unsaved changes to be sent first: long
   * enough for a save on a slow line, short enough that a hung server never traps the user
   * (the save goes on after they have moved).
   */
  leaveWaitMs: 3_000,
} as const;

/**
 * Milliseconds to wait before retry number `attempt` (0 for the first retry): exponential,
 * capped, with "equal jitter" (half fixed, half random) so that many browsers coming back
 * online together do not retry in lockstep, while no retry comes sooner than half the step.
 */
export function retryDelay(
  attempt: number,
  random: number,
  timing: { retryBaseMs: number; retryMaxMs: number } = SAVE_TIMING,
): number {
  const step = Math.min(
    timing.retryMaxMs,
    timing.retryBaseMs * 2 ** Math.max(0, Math.floor(attempt)),
  );
  const jitter = Math.min(1, Math.max(0, random));
  return Math.round(step / 2 + (step / 2) * jitter);
}

export const ACTIVITY = {
  /** How often the browser reports active time while the candidate works. */
  heartbeatMs: 30_000,
  /** The browser counts time as active only this long after the last interaction. */
  idleAfterMs: 60_000,
  /** No heartbeat may add more than this, whatever the browser claims. */
  maxCreditSeconds: 60,
  /** Clock and network slack allowed when comparing a claim with the time since the last. */
  elapsedSlackSeconds: 5,
  /** One paste can be large, but not larger than the largest record. */
  maxPasteCharacters: LIMITS.answerCharacters,
} as const;

/**
 * The seconds one heartbeat adds to the attempt's time on task: what the browser measured,
 * capped per heartbeat, and never more than has passed since the previous heartbeat, so two
 * tabs open side by side cannot count the same minute twice.
 */
export function creditActiveSeconds(input: {
  claimedSeconds: number;
  lastActivityAt: Date | null;
  now: Date;
}): number {
  const claimed = Math.max(0, Math.floor(input.claimedSeconds));
  let credit = Math.min(claimed, ACTIVITY.maxCreditSeconds);
  if (input.lastActivityAt) {
    const elapsed = Math.floor(
      (input.now.getTime() - input.lastActivityAt.getTime()) / 1000,
    );
    credit = Math.min(
      credit,
      Math.max(0, elapsed + ACTIVITY.elapsedSlackSeconds),
    );
  }
  return credit;
}
