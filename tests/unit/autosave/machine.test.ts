// The autosave state machine, transition by transition: for each state and event, the next
// state and the effects, with no timers, storage or network (store.test.ts drives the whole
// engine with those).
import { describe, expect, it } from "vitest";
import {
  transition,
  type Event,
  type Phase,
  type RecordState,
  type SaveOutcome,
} from "#app/autosave/machine";

const URL = "/assessment/answers/q1";

function record(overrides: Partial<RecordState> = {}): RecordState {
  return {
    key: "answer:q1",
    url: URL,
    value: { body: "v1" },
    confirmed: { body: "v1" },
    revision: 1,
    phase: "saved",
    savedAt: "2026-11-22T10:00:00.000Z",
    message: null,
    conflict: null,
    waiting: false,
    sending: null,
    sendAgain: false,
    failures: 0,
    ...overrides,
  };
}

/** A record with `value` travelling to the server. */
function inFlight(
  value: unknown,
  overrides: Partial<RecordState> = {},
): RecordState {
  return record({
    value,
    phase: "saving",
    sending: { value },
    ...overrides,
  });
}

const edited = (value: unknown): Event => ({
  type: "edited",
  key: "answer:q1",
  url: URL,
  value,
});
const answered = (outcome: SaveOutcome): Event => ({
  type: "answered",
  outcome,
});
const saved = (revision: number): SaveOutcome => ({
  kind: "saved",
  revision,
  savedAt: "2026-11-22T11:00:00.000Z",
});
const post = (body: object) => ({
  type: "send",
  request: { url: URL, method: "POST", body, keepalive: false },
});

describe("registered", () => {
  const registered = (
    server: { value: unknown; revision: number } | null,
    copy: { value: unknown; revision: number } | null,
  ): Event => ({
    type: "registered",
    key: "answer:q1",
    url: URL,
    server,
    copy,
  });

  it("tracks what the server sent, as saved", () => {
    const next = transition(
      null,
      registered({ value: "a", revision: 2 }, null),
    );
    expect(next.state).toMatchObject({
      phase: "saved",
      value: "a",
      confirmed: "a",
      revision: 2,
    });
    expect(next.effects).toEqual([]);
  });

  it("tracks nothing when neither the server nor the device has the record", () => {
    expect(transition(null, registered(null, null))).toEqual({
      state: null,
      effects: [],
    });
  });

  it("forgets a device copy of a deletion the server never saw", () => {
    expect(
      transition(null, registered(null, { value: null, revision: 0 })),
    ).toEqual({ state: null, effects: [{ type: "clearCopy" }] });
  });

  it("forgets a device copy the server already holds", () => {
    const next = transition(
      null,
      registered(
        { value: "same", revision: 3 },
        { value: "same", revision: 2 },
      ),
    );
    expect(next.state?.phase).toBe("saved");
    expect(next.effects).toEqual([{ type: "clearCopy" }]);
  });

  it("takes a device copy based on the server's revision and sends it at once", () => {
    const next = transition(
      null,
      registered(
        { value: "old", revision: 2 },
        { value: "newer", revision: 2 },
      ),
    );
    expect(next.state).toMatchObject({
      phase: "pending",
      value: "newer",
      confirmed: "old",
      waiting: true,
    });
    expect(next.effects).toEqual([{ type: "wait", for: "now" }]);
  });

  it("keeps both when the device copy is older than the server's revision", () => {
    const next = transition(
      null,
      registered(
        { value: "theirs", revision: 3 },
        { value: "mine", revision: 2 },
      ),
    );
    expect(next.state).toMatchObject({
      phase: "conflict",
      value: "mine",
      conflict: { serverValue: "theirs", serverRevision: 3 },
    });
  });

  it("takes a newer server revision only while idle", () => {
    const idle = transition(
      record(),
      registered({ value: "b", revision: 5 }, null),
    );
    expect(idle.state).toMatchObject({ value: "b", revision: 5 });
    const busy = record({ value: "typing", phase: "pending", waiting: true });
    expect(
      transition(busy, registered({ value: "b", revision: 5 }, null)).state,
    ).toBe(busy);
  });
});

describe("edited", () => {
  it("creates a new record, pending, and waits out the debounce", () => {
    const next = transition(null, edited({ body: "new" }));
    expect(next.state).toMatchObject({
      phase: "pending",
      value: { body: "new" },
      confirmed: null,
      revision: 0,
      waiting: true,
    });
    expect(next.effects).toEqual([
      { type: "keepCopy" },
      { type: "wait", for: "debounce" },
    ]);
  });

  it("restarts the debounce on every change", () => {
    const next = transition(
      record({ value: { body: "a" }, phase: "pending", waiting: true }),
      edited({ body: "ab" }),
    );
    expect(next.effects).toContainEqual({ type: "wait", for: "debounce" });
  });

  it("goes back to saved, without a send, when the change is undone", () => {
    const next = transition(
      record({ value: { body: "v1x" }, phase: "pending", waiting: true }),
      edited({ body: "v1" }),
    );
    expect(next.state).toMatchObject({ phase: "saved", waiting: false });
    expect(next.effects).toEqual([
      { type: "keepCopy" },
      { type: "cancelWait" },
    ]);
  });

  it("while a save travels, stays saving and queues the next send", () => {
    const next = transition(inFlight({ body: "a" }), edited({ body: "ab" }));
    expect(next.state?.phase).toBe("saving");
    expect(next.effects).toContainEqual({ type: "wait", for: "debounce" });
  });

  it.each<Phase>(["offline", "retrying"])(
    "while %s, keeps the change but leaves the backoff alone",
    (phase) => {
      const next = transition(
        record({ value: "x", phase, waiting: true }),
        edited("xy"),
      );
      expect(next.state).toMatchObject({ phase, value: "xy" });
      expect(next.effects).toEqual([{ type: "keepCopy" }]);
    },
  );

  it.each<Phase>(["conflict", "closed"])(
    "in %s, keeps the change on the device and sends nothing",
    (phase) => {
      const next = transition(record({ phase }), edited("more"));
      expect(next.state).toMatchObject({ phase, value: "more" });
      expect(next.effects).toEqual([{ type: "keepCopy" }]);
    },
  );

  it.each<Phase>(["rejected", "session"])(
    "in %s, tries again after the next change",
    (phase) => {
      const next = transition(
        record({ phase, message: "No." }),
        edited({ body: "fixed" }),
      );
      expect(next.state).toMatchObject({ phase: "pending", message: null });
      expect(next.effects).toContainEqual({ type: "wait", for: "debounce" });
    },
  );
});

describe("timerFired", () => {
  it("sends the value with the revision it is based on", () => {
    const next = transition(
      record({ value: { body: "v2" }, phase: "pending", waiting: true }),
      { type: "timerFired" },
    );
    expect(next.state).toMatchObject({
      phase: "saving",
      waiting: false,
      sending: { value: { body: "v2" } },
    });
    expect(next.effects).toEqual([post({ body: "v2", baseRevision: 1 })]);
  });

  it("sends a deletion as DELETE with the revision", () => {
    const next = transition(
      record({ value: null, phase: "pending", waiting: true }),
      { type: "timerFired" },
    );
    expect(next.effects).toEqual([
      {
        type: "send",
        request: {
          url: URL,
          method: "DELETE",
          body: { baseRevision: 1 },
          keepalive: false,
        },
      },
    ]);
  });

  it("sends nothing when the server already holds the value", () => {
    const next = transition(record({ phase: "retrying", waiting: true }), {
      type: "timerFired",
    });
    expect(next.state?.phase).toBe("saved");
    expect(next.effects).toEqual([]);
  });
});

describe("flush", () => {
  it("sends a pending change now, cancelling the debounce, with keepalive when asked", () => {
    const next = transition(
      record({ value: { body: "late" }, phase: "pending", waiting: true }),
      { type: "flush", keepalive: true },
    );
    expect(next.effects).toEqual([
      { type: "cancelWait" },
      {
        type: "send",
        request: {
          url: URL,
          method: "POST",
          body: { body: "late", baseRevision: 1 },
          keepalive: true,
        },
      },
    ]);
  });

  it("asks for one more send when a request is already in flight", () => {
    const next = transition(inFlight("b", { confirmed: "a" }), {
      type: "flush",
    });
    expect(next.state?.sendAgain).toBe(true);
    expect(next.effects).toEqual([]);
  });

  it("leaves records that wait for the user alone", () => {
    const conflict = record({ value: "x", phase: "conflict" });
    expect(transition(conflict, { type: "flush" }).state).toBe(conflict);
  });

  it("when back online, sends only what waits out a backoff", () => {
    const offline = record({ value: "x", phase: "offline", waiting: true });
    expect(
      transition(offline, { type: "flush", onlyWaiting: true }).effects,
    ).toContainEqual(expect.objectContaining({ type: "send" }));
    const pending = record({ value: "x", phase: "pending", waiting: true });
    expect(
      transition(pending, { type: "flush", onlyWaiting: true }).state,
    ).toBe(pending);
  });
});

describe("answered", () => {
  it("saved: confirms the value and the new revision, and clears the device copy", () => {
    const next = transition(
      inFlight("b", { confirmed: "a" }),
      answered(saved(2)),
    );
    expect(next.state).toMatchObject({
      phase: "saved",
      revision: 2,
      confirmed: "b",
      sending: null,
      failures: 0,
    });
    expect(next.effects).toEqual([
      { type: "confirmed", at: "2026-11-22T11:00:00.000Z" },
      { type: "clearCopy", onlyIf: "b" },
    ]);
  });

  it("saved while more was typed: stays pending for the debounce already set", () => {
    const next = transition(
      inFlight("b", { value: "bc", confirmed: "a", waiting: true }),
      answered(saved(2)),
    );
    expect(next.state).toMatchObject({ phase: "pending", revision: 2 });
    expect(next.effects).not.toContainEqual(
      expect.objectContaining({ type: "send" }),
    );
  });

  it("saved with a send asked for meanwhile: sends the rest at once, on the new revision", () => {
    const next = transition(
      inFlight("b", { value: "bc", confirmed: "a", sendAgain: true }),
      answered(saved(2)),
    );
    expect(next.state).toMatchObject({
      phase: "saving",
      sending: { value: "bc" },
    });
    expect(next.effects).toContainEqual(
      expect.objectContaining({
        type: "send",
        request: expect.objectContaining({
          body: expect.objectContaining({ baseRevision: 2 }),
        }),
      }),
    );
  });

  it("deleted: forgets the record and its device copy", () => {
    expect(transition(inFlight(null), answered({ kind: "deleted" }))).toEqual({
      state: null,
      effects: [{ type: "confirmed", at: null }, { type: "clearCopy" }],
    });
  });

  it("conflict: stops and keeps both versions", () => {
    const next = transition(
      inFlight("mine"),
      answered({
        kind: "conflict",
        serverRevision: 4,
        serverValue: "theirs",
        serverSavedAt: null,
      }),
    );
    expect(next.state).toMatchObject({
      phase: "conflict",
      value: "mine",
      conflict: { serverValue: "theirs", serverRevision: 4 },
    });
    expect(next.effects).toEqual([{ type: "keepCopy" }]);
  });

  it.each(["closed", "rejected", "session"] as const)(
    "%s: stops with the server's message and keeps the device copy",
    (kind) => {
      const next = transition(
        inFlight("x", { sendAgain: true }),
        answered({ kind, message: "Because." }),
      );
      expect(next.state).toMatchObject({ phase: kind, message: "Because." });
      expect(next.effects).toEqual([{ type: "keepCopy" }]);
    },
  );

  it("offline: schedules a retry with backoff by the failures so far", () => {
    const next = transition(
      inFlight("x", { failures: 2 }),
      answered({ kind: "offline" }),
    );
    expect(next.state).toMatchObject({
      phase: "offline",
      failures: 3,
      waiting: true,
    });
    expect(next.effects).toEqual([
      { type: "keepCopy" },
      { type: "wait", for: "retry", failures: 2 },
    ]);
  });

  it("failed (a 5xx, or an answer cut off): retries and says why", () => {
    const next = transition(
      inFlight("x"),
      answered({ kind: "failed", message: "Cut off." }),
    );
    expect(next.state).toMatchObject({
      phase: "retrying",
      message: "Cut off.",
    });
    expect(next.effects).toContainEqual({
      type: "wait",
      for: "retry",
      failures: 0,
    });
  });

  it("ignores an answer when nothing was sent", () => {
    const idle = record();
    expect(transition(idle, answered(saved(9))).state).toBe(idle);
  });
});

describe("removed, resolved, discarded", () => {
  it("drops a record that never reached the server, without a request", () => {
    expect(
      transition(record({ revision: 0, confirmed: null }), { type: "removed" }),
    ).toEqual({ state: null, effects: [{ type: "clearCopy" }] });
  });

  it("sends the deletion of a saved record at once", () => {
    const next = transition(record(), { type: "removed" });
    expect(next.state).toMatchObject({ value: null, phase: "pending" });
    expect(next.effects).toEqual([
      { type: "keepCopy" },
      { type: "wait", for: "now" },
    ]);
  });

  const conflicted = record({
    value: "mine",
    phase: "conflict",
    conflict: { serverValue: "theirs", serverRevision: 4, serverSavedAt: null },
  });

  it("keeping mine sends it on top of the server's revision", () => {
    const next = transition(conflicted, { type: "resolved", choice: "mine" });
    expect(next.state).toMatchObject({
      phase: "pending",
      value: "mine",
      confirmed: "theirs",
      revision: 4,
      conflict: null,
    });
    expect(next.effects).toEqual([
      { type: "keepCopy" },
      { type: "wait", for: "now" },
    ]);
  });

  it("taking theirs shows the server's version, saved", () => {
    const next = transition(conflicted, { type: "resolved", choice: "theirs" });
    expect(next.state).toMatchObject({
      phase: "saved",
      value: "theirs",
      revision: 4,
    });
    expect(next.effects).toEqual([{ type: "clearCopy" }]);
  });

  it("taking theirs when theirs was a deletion forgets the record", () => {
    const deletedElsewhere = record({
      phase: "conflict",
      conflict: { serverValue: null, serverRevision: 0, serverSavedAt: null },
    });
    expect(
      transition(deletedElsewhere, { type: "resolved", choice: "theirs" })
        .state,
    ).toBeNull();
  });

  it("discards only a record that never reached the server", () => {
    const unsaved = record({ revision: 0, confirmed: null, value: "x" });
    expect(transition(unsaved, { type: "discarded" }).state).toBeNull();
    const stored = record();
    expect(transition(stored, { type: "discarded" }).state).toBe(stored);
  });

  it("an event for a record that is not tracked changes nothing", () => {
    expect(transition(null, { type: "removed" })).toEqual({
      state: null,
      effects: [],
    });
  });
});
