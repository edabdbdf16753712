// The autosave engine's rules for one record, as a pure state machine: given a record's state
// and what just happened, the next state and what to do (send, wait, keep a device copy).
// store.ts carries the effects out; nothing here touches timers, storage or the network, so
// every transition is unit-tested on its own (tests/unit/autosave/machine.test.ts).
//
// States (a record's `phase`; a record that is not tracked, or was deleted, has no state):
//   saved     the server holds the local value (or nothing has changed since it was loaded)
//   pending   a local change waits for its send (debounce, or a send due at once)
//   saving    a request is on its way; more typing only marks that another send must follow
//   offline   the last request never reached the server: a retry is scheduled (backoff)
//   retrying  the server failed (5xx, or an answer that could not be read): retry scheduled
//   conflict  the server holds a newer revision: saving stops until the user chooses a version
//   rejected  the server refused this value (too long, invalid): saving resumes on the next edit
//   session   the session ended: kept locally; the next edit tries again (signed in elsewhere)
//   closed    the attempt was submitted: kept locally, never sent again
//
// Events:
//   registered  the page shows a record with what the server sent it (and any device copy)
//   edited      the user changed the value (creates the record if it is new)
//   removed     the user deleted the record
//   timerFired  the debounce or retry wait is over
//   flush       send now if anything is unsaved (navigation, pagehide, submit, "back online")
//   answered    the server's answer to the request in flight (store.ts parses it)
//   resolved    after a conflict, the user keeps "mine" or takes "theirs"
//   discarded   the user throws away a record that never reached the server
//
// Effects: `send` a request, `wait` (set the one timer: debounce, immediate or retry backoff),
// `cancelWait`, `keepCopy` / `clearCopy` (the device copy), `confirmed` (a save landed).
// Timing and backoff come from app/domain/autosave.ts; the server judges saves with
// decideSave from the same module.

export type Phase =
  | "saved"
  | "pending"
  | "saving"
  | "offline"
  | "retrying"
  | "conflict"
  | "closed"
  | "rejected"
  | "session";

/** Phases in which nothing is sent until the user (or a reload) does something. */
export const PROBLEM_PHASES: ReadonlySet<Phase> = new Set([
  "conflict",
  "closed",
  "rejected",
  "session",
]);

export type Conflict<Value> = {
  /** null when the record was deleted elsewhere (or the server did not send its copy). */
  serverValue: Value | null;
  serverRevision: number;
  serverSavedAt: string | null;
};

/** What the server answered, once the transport has read and checked it (contract.ts). */
export type SaveOutcome =
  | { kind: "saved"; revision: number; savedAt: string }
  | { kind: "deleted" }
  | {
      kind: "conflict";
      serverRevision: number;
      serverValue: unknown;
      serverSavedAt: string | null;
      /** The server's own words, when it gave any. */
      message?: string | null;
    }
  /** The attempt was submitted: nothing more can be saved. */
  | { kind: "closed"; message: string }
  /** The server refused this value (too long, invalid): retrying the same value is pointless. */
  | { kind: "rejected"; message: string }
  | { kind: "session"; message: string }
  /** No answer at all: the request did not reach the server or the reply never came. */
  | { kind: "offline" }
  /** An answer that is no verdict: a 5xx, or a reply cut off or of the wrong shape. */
  | { kind: "failed"; message: string };

export type SaveRequest = {
  url: string;
  method: "POST" | "DELETE";
  body: unknown;
  /** Lets the request outlive the page (on pagehide). */
  keepalive?: boolean;
};

export type RecordState = {
  key: string;
  url: string;
  /** The local value; null while a deletion waits for the server. */
  value: unknown;
  /** What the server holds at `revision` (null: nothing). */
  confirmed: unknown;
  revision: number;
  phase: Phase;
  savedAt: string | null;
  message: string | null;
  conflict: Conflict<unknown> | null;
  /** Whether the one timer (debounce or retry) is set. */
  waiting: boolean;
  /** The value travelling in the request in flight, if one is. */
  sending: { value: unknown } | null;
  /** A send was asked for while one was in flight: send again when it answers. */
  sendAgain: boolean;
  /** Failed sends in a row, for the backoff. */
  failures: number;
};

export type Server = {
  value: unknown;
  revision: number;
  savedAt?: string | null;
} | null;

export type Copy = { value: unknown; revision: number };

export type Event =
  | {
      type: "registered";
      key: string;
      url: string;
      server: Server;
      copy: Copy | null;
    }
  | { type: "edited"; key: string; url: string; value: unknown }
  | { type: "removed" }
  | { type: "timerFired" }
  | { type: "flush"; keepalive?: boolean; onlyWaiting?: boolean }
  | { type: "answered"; outcome: SaveOutcome }
  | { type: "resolved"; choice: "mine" | "theirs" }
  | { type: "discarded" };

export type Effect =
  | { type: "send"; request: SaveRequest }
  /** Set the timer: `debounce`, `now` (next tick) or a retry after `failures` failed sends. */
  | { type: "wait"; for: "debounce" | "now" }
  | { type: "wait"; for: "retry"; failures: number }
  | { type: "cancelWait" }
  /** Write (or, if nothing is unsaved, remove) the device copy from the new state. */
  | { type: "keepCopy" }
  /** Remove the device copy; with `onlyIf`, only while it still holds that value. */
  | { type: "clearCopy"; onlyIf?: unknown }
  /** The server confirmed a save or deletion (null: now). */
  | { type: "confirmed"; at: string | null };

export type Transition = { state: RecordState | null; effects: Effect[] };

// Values are plain JSON (strings, numbers, null, objects of those), so JSON equality is exact.
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isDirty(state: RecordState): boolean {
  return !sameValue(state.value, state.confirmed);
}

function fresh(key: string, url: string, server: Server): RecordState {
  return {
    key,
    url,
    value: server?.value ?? null,
    confirmed: server?.value ?? null,
    revision: server?.revision ?? 0,
    phase: "saved",
    savedAt: server?.savedAt ?? null,
    message: null,
    conflict: null,
    waiting: false,
    sending: null,
    sendAgain: false,
    failures: 0,
  };
}

const stay = (state: RecordState | null): Transition => ({
  state,
  effects: [],
});

/** The next state of one record and the effects to carry out. Pure. */
export function transition(
  state: RecordState | null,
  event: Event,
): Transition {
  switch (event.type) {
    case "registered":
      return state ? reRegistered(state, event.server) : registered(event);
    case "edited":
      return edited(state ?? created(event.key, event.url), event.value);
    default:
      if (!state) return stay(null);
  }
  switch (event.type) {
    case "removed":
      return removed(state);
    case "timerFired":
      return send({ ...state, waiting: false }, false, []);
    case "flush":
      return flushed(state, event.keepalive ?? false, event.onlyWaiting);
    case "answered":
      return answered(state, event.outcome);
    case "resolved":
      return resolved(state, event.choice);
    case "discarded":
      return state.revision === 0 && !state.sending
        ? dropped(state, [])
        : stay(state);
  }
}

function created(key: string, url: string): RecordState {
  return { ...fresh(key, url, null), phase: "pending" };
}

/**
 * First sight of a record. A copy left on this device (the tab closed or reloaded before it
 * saved) wins if it was based on the revision the server still holds; if the server has moved
 * on since, both are kept and the user chooses.
 */
function registered(event: Extract<Event, { type: "registered" }>): Transition {
  const { server, copy } = event;
  if (!server && (!copy || copy.value === null)) {
    return { state: null, effects: copy ? [{ type: "clearCopy" }] : [] };
  }
  const state = fresh(event.key, event.url, server);
  if (!copy) return stay(state);
  if (server && sameValue(copy.value, server.value)) {
    return { state, effects: [{ type: "clearCopy" }] };
  }
  if (copy.revision === state.revision) {
    return {
      state: { ...state, value: copy.value, phase: "pending", waiting: true },
      effects: [{ type: "wait", for: "now" }],
    };
  }
  return {
    state: {
      ...state,
      value: copy.value,
      phase: "conflict",
      conflict: {
        serverValue: server?.value ?? null,
        serverRevision: server?.revision ?? 0,
        serverSavedAt: server?.savedAt ?? null,
      },
    },
    effects: [],
  };
}

/** The page shows a record the engine already tracks: only an idle record takes newer news. */
function reRegistered(state: RecordState, server: Server): Transition {
  const idle =
    !state.sending &&
    !state.waiting &&
    !PROBLEM_PHASES.has(state.phase) &&
    !isDirty(state);
  if (idle && server && server.revision > state.revision) {
    return stay({
      ...state,
      value: server.value,
      confirmed: server.value,
      revision: server.revision,
      savedAt: server.savedAt ?? state.savedAt,
    });
  }
  return stay(state);
}

function edited(before: RecordState, value: unknown): Transition {
  const state = { ...before, value };
  const effects: Effect[] = [{ type: "keepCopy" }];
  if (state.phase === "conflict" || state.phase === "closed") {
    // Kept on the device and on screen; saving waits for the user's choice (or never resumes).
    return { state, effects };
  }
  if (!isDirty(state) && !state.sending) {
    if (state.waiting) effects.push({ type: "cancelWait" });
    return { state: { ...state, waiting: false, phase: "saved" }, effects };
  }
  // While offline or failing, the retry timer is already set: typing must not reset it.
  if (state.phase === "offline" || state.phase === "retrying") {
    return { state, effects };
  }
  effects.push({ type: "wait", for: "debounce" });
  return {
    state: {
      ...state,
      phase: state.sending ? "saving" : "pending",
      message: null,
      waiting: true,
    },
    effects,
  };
}

function removed(before: RecordState): Transition {
  const state = { ...before, value: null };
  if (state.revision === 0 && !state.sending) return dropped(state, []);
  const effects: Effect[] = [{ type: "keepCopy" }];
  if (PROBLEM_PHASES.has(state.phase)) return { state, effects };
  effects.push({ type: "wait", for: "now" });
  return {
    state: { ...state, phase: "pending", waiting: true },
    effects,
  };
}

function flushed(
  state: RecordState,
  keepalive: boolean,
  onlyWaiting = false,
): Transition {
  if (onlyWaiting) {
    // "Back online": only the records waiting out a backoff go now.
    return state.phase === "offline" || state.phase === "retrying"
      ? send(state, keepalive, [])
      : stay(state);
  }
  if (PROBLEM_PHASES.has(state.phase)) return stay(state);
  if (isDirty(state) || state.waiting) return send(state, keepalive, []);
  return stay(state);
}

/** Sends the local value now, unless a request is in flight (then once it answers). */
function send(
  before: RecordState,
  keepalive: boolean,
  effects: Effect[],
): Transition {
  const state = { ...before };
  if (state.waiting) {
    effects.push({ type: "cancelWait" });
    state.waiting = false;
  }
  if (state.sending) return { state: { ...state, sendAgain: true }, effects };
  if (!isDirty(state)) {
    if (!PROBLEM_PHASES.has(state.phase)) state.phase = "saved";
    return { state, effects };
  }
  const baseRevision = state.revision;
  const request: SaveRequest =
    state.value === null
      ? { url: state.url, method: "DELETE", body: { baseRevision }, keepalive }
      : {
          url: state.url,
          method: "POST",
          body: { ...(state.value as object), baseRevision },
          keepalive,
        };
  effects.push({ type: "send", request });
  return {
    state: { ...state, phase: "saving", sending: { value: state.value } },
    effects,
  };
}

function answered(before: RecordState, outcome: SaveOutcome): Transition {
  if (!before.sending) return stay(before);
  const sent = before.sending.value;
  const sendAgain = before.sendAgain;
  let state: RecordState = { ...before, sending: null, sendAgain: false };
  const effects: Effect[] = [];
  switch (outcome.kind) {
    case "saved": {
      effects.push({ type: "confirmed", at: outcome.savedAt });
      state = {
        ...state,
        revision: outcome.revision,
        confirmed: sent,
        savedAt: outcome.savedAt,
        failures: 0,
        message: null,
      };
      if (sameValue(state.value, sent)) {
        state.phase = "saved";
        effects.push({ type: "clearCopy", onlyIf: sent });
      } else {
        // Typed on while this save travelled: the rest goes next, on the new revision.
        effects.push({ type: "keepCopy" });
        state.phase = "pending";
        if (!state.waiting) return send(state, false, effects);
      }
      break;
    }
    case "deleted":
      effects.push({ type: "confirmed", at: null });
      return dropped(state, effects);
    case "conflict":
      state = {
        ...state,
        phase: "conflict",
        conflict: {
          serverValue: outcome.serverValue ?? null,
          serverRevision: outcome.serverRevision,
          serverSavedAt: outcome.serverSavedAt,
        },
        message: outcome.message ?? null,
      };
      effects.push({ type: "keepCopy" });
      return { state, effects };
    case "closed":
    case "rejected":
    case "session":
      state = { ...state, phase: outcome.kind, message: outcome.message };
      effects.push({ type: "keepCopy" });
      return { state, effects };
    case "offline":
    case "failed":
      effects.push(
        { type: "keepCopy" },
        { type: "wait", for: "retry", failures: state.failures },
      );
      return {
        state: {
          ...state,
          phase: outcome.kind === "offline" ? "offline" : "retrying",
          message: outcome.kind === "failed" ? outcome.message : null,
          waiting: true,
          failures: state.failures + 1,
        },
        effects,
      };
  }
  // Saved: a send asked for while this one travelled goes now.
  if (sendAgain) return send(state, false, effects);
  return { state, effects };
}

function resolved(before: RecordState, choice: "mine" | "theirs"): Transition {
  if (!before.conflict) return stay(before);
  const { serverValue, serverRevision, serverSavedAt } = before.conflict;
  const state: RecordState = {
    ...before,
    conflict: null,
    message: null,
    confirmed: serverValue,
    revision: serverRevision,
    savedAt: serverSavedAt ?? before.savedAt,
  };
  if (choice === "theirs" || sameValue(state.value, serverValue)) {
    const effects: Effect[] = [{ type: "clearCopy" }];
    if (serverValue === null) return dropped(state, effects);
    return { state: { ...state, value: serverValue, phase: "saved" }, effects };
  }
  if (state.value === null && serverRevision === 0) return dropped(state, []);
  return {
    state: { ...state, phase: "pending", waiting: true },
    effects: [{ type: "keepCopy" }, { type: "wait", for: "now" }],
  };
}

function dropped(state: RecordState, effects: Effect[]): Transition {
  if (state.waiting) effects.push({ type: "cancelWait" });
  effects.push({ type: "clearCopy" });
  return { state: null, effects };
}
