// The autosave engine: it holds every record being edited on a page (a candidate's answer,
// review comment or review summary; a panelist's scorecard draft), runs each through the state
// machine in machine.ts, and carries out what it says: the one timer per record, the request
// through the transport, the copy on this device. It lives outside React so that a save still
// lands after the user has moved to another page; React reads it through use-autosave.ts.
import { retryDelay, SAVE_TIMING } from "#app/domain/autosave";
import {
  isDirty,
  PROBLEM_PHASES,
  sameValue,
  transition,
  type Conflict,
  type Copy,
  type Effect,
  type Event,
  type Phase,
  type RecordState,
  type SaveOutcome,
  type SaveRequest,
  type Server,
} from "./machine";

export type { Phase, SaveOutcome, SaveRequest } from "./machine";

export type Transport = (request: SaveRequest) => Promise<SaveOutcome>;

export type RecordSnapshot<Value> = {
  key: string;
  /** null while a deletion is on its way to the server. */
  value: Value | null;
  revision: number;
  phase: Phase;
  /** The local value differs from what the server is known to hold. */
  dirty: boolean;
  savedAt: string | null;
  message: string | null;
  conflict: Conflict<Value> | null;
};

export type StoreSnapshot = {
  records: ReadonlyMap<string, RecordSnapshot<unknown>>;
  /**
   * Every record key the store has tracked this page session, deleted ones included, so a
   * page can tell "not registered yet" (show the loader's copy) from "deleted" (show nothing).
   */
  known: ReadonlySet<string>;
  /** The last time the server confirmed a save, this page session. */
  lastSavedAt: string | null;
};

export type DraftStorage = Pick<
  Storage,
  "getItem" | "setItem" | "removeItem" | "key" | "length"
>;

export type StoreEnvironment = {
  transport: Transport;
  /** null where there is no device copy: storage refused, or a record kept in memory only. */
  storage: DraftStorage | null;
  /** Prefix of this store's storage keys. */
  namespace: string;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  debounceMs?: number;
};

export class AutosaveStore {
  private states = new Map<string, RecordState>();
  private timers = new Map<string, unknown>();
  private flights = new Map<string, Promise<void>>();
  private known = new Set<string>();
  private listeners = new Set<() => void>();
  private snapshot: StoreSnapshot = {
    records: new Map(),
    known: new Set(),
    lastSavedAt: null,
  };
  private lastSavedAt: string | null = null;
  private readonly random: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly debounceMs: number;

  constructor(private readonly env: StoreEnvironment) {
    this.random = env.random ?? Math.random;
    this.setTimer = env.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer =
      env.clearTimer ??
      ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.debounceMs = env.debounceMs ?? SAVE_TIMING.debounceMs;
  }

  // -- React's useSyncExternalStore -------------------------------------------------------

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = (): StoreSnapshot => this.snapshot;

  private publish() {
    const records = new Map<string, RecordSnapshot<unknown>>();
    for (const state of this.states.values()) {
      records.set(state.key, {
        key: state.key,
        value: state.value,
        revision: state.revision,
        phase: state.phase,
        dirty: isDirty(state),
        savedAt: state.savedAt,
        message: state.message,
        conflict: state.conflict,
      });
    }
    this.snapshot = {
      records,
      known: new Set(this.known),
      lastSavedAt: this.lastSavedAt,
    };
    for (const listener of this.listeners) listener();
  }

  // -- What the page tells the store (each one event of machine.ts) ----------------------------

  /**
   * Starts tracking a record with what the server sent the page, and any copy this device kept
   * of it. A record the store already tracks keeps its state: it is newer than the page's.
   */
  register(key: string, url: string, server: Server): void {
    const copy = this.states.has(key) ? null : this.readCopy(key);
    if (!this.states.has(key)) this.known.add(key);
    this.dispatch(key, { type: "registered", key, url, server, copy });
  }

  /** The user changed a record (or created one: a new comment starts at revision 0). */
  update(key: string, url: string, value: unknown): void {
    this.known.add(key);
    this.dispatch(key, { type: "edited", key, url, value });
  }

  /** Deletes a record. One never saved is simply dropped. */
  remove(key: string): void {
    this.dispatch(key, { type: "removed" });
  }

  /** After a conflict: keep this device's version (saved over the newer one) or the server's. */
  resolve(key: string, choice: "mine" | "theirs"): void {
    this.dispatch(key, { type: "resolved", choice });
  }

  /** Forgets a record that was never saved, with its local copy. */
  discard(key: string): void {
    this.dispatch(key, { type: "discarded" });
  }

  /** Tries every waiting save now: the connection is back. */
  retryNow(): void {
    for (const key of [...this.states.keys()]) {
      this.dispatch(key, { type: "flush", onlyWaiting: true });
    }
  }

  /**
   * Sends every unsaved change now and waits for the answers. `keepalive` lets the requests
   * outlive a page that is being closed.
   */
  async flushAll(options: { keepalive?: boolean } = {}): Promise<void> {
    for (const key of [...this.states.keys()]) {
      this.dispatch(key, { type: "flush", keepalive: options.keepalive });
    }
    // A save answered while others were in flight may have sent a follow-up: wait for those too.
    while (this.flights.size) await Promise.all([...this.flights.values()]);
  }

  /** Whether a flush could send something now (not waiting for the user or for a backoff). */
  hasSendableChanges(): boolean {
    for (const state of this.states.values()) {
      if (PROBLEM_PHASES.has(state.phase)) continue;
      if (state.phase === "offline" || state.phase === "retrying") continue;
      if (isDirty(state) || state.waiting || state.sending) return true;
    }
    return false;
  }

  /** Records whose latest value the server does not hold yet, for a check before submitting. */
  unsaved(): RecordSnapshot<unknown>[] {
    return [...this.snapshot.records.values()].filter(
      (record) => record.dirty || record.phase !== "saved",
    );
  }

  /** Copies left on this device under a key prefix, for records the page did not list. */
  localDrafts(
    prefix: string,
  ): { key: string; value: unknown; revision: number }[] {
    const storage = this.env.storage;
    if (!storage) return [];
    const start = `${this.env.namespace}:${prefix}`;
    const found: { key: string; value: unknown; revision: number }[] = [];
    try {
      for (let index = 0; index < storage.length; index++) {
        const storageKey = storage.key(index);
        if (!storageKey?.startsWith(start)) continue;
        const key = storageKey.slice(this.env.namespace.length + 1);
        const copy = this.readCopy(key);
        if (copy) found.push({ key, ...copy });
      }
    } catch {
      return found;
    }
    return found;
  }

  // -- Running the machine -----------------------------------------------------------------------

  private dispatch(key: string, event: Event): void {
    const before = this.states.get(key) ?? null;
    const { state, effects } = transition(before, event);
    if (state) this.states.set(key, state);
    else this.states.delete(key);
    for (const effect of effects) this.run(key, effect, state);
    if (before !== state) this.publish();
  }

  private run(key: string, effect: Effect, state: RecordState | null): void {
    switch (effect.type) {
      case "send":
        this.send(key, effect.request);
        return;
      case "wait": {
        this.cancelWait(key);
        const ms =
          effect.for === "retry"
            ? retryDelay(effect.failures, this.random())
            : effect.for === "debounce"
              ? this.debounceMs
              : 0;
        this.timers.set(
          key,
          this.setTimer(() => {
            this.timers.delete(key);
            this.dispatch(key, { type: "timerFired" });
          }, ms),
        );
        return;
      }
      case "cancelWait":
        this.cancelWait(key);
        return;
      case "keepCopy":
        if (state) this.keepCopy(state);
        return;
      case "clearCopy":
        this.clearCopy(key, effect.onlyIf);
        return;
      case "confirmed":
        this.lastSavedAt = effect.at ?? new Date().toISOString();
        return;
    }
  }

  private send(key: string, request: SaveRequest): void {
    // The executor runs at once, so the request leaves now; a transport that throws is offline.
    const flight = new Promise<SaveOutcome>((resolve) =>
      resolve(this.env.transport(request)),
    )
      .catch((): SaveOutcome => ({ kind: "offline" }))
      .then((outcome) => {
        this.flights.delete(key);
        this.dispatch(key, { type: "answered", outcome });
      });
    this.flights.set(key, flight);
  }

  private cancelWait(key: string) {
    const timer = this.timers.get(key);
    if (timer !== undefined) this.clearTimer(timer);
    this.timers.delete(key);
  }

  // -- The copy on this device ----------------------------------------------------------------

  private storageKey(key: string) {
    return `${this.env.namespace}:${key}`;
  }

  private readCopy(key: string): Copy | null {
    try {
      const raw = this.env.storage?.getItem(this.storageKey(key));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<Copy>;
      if (typeof parsed.revision !== "number" || !("value" in parsed))
        return null;
      return { value: parsed.value, revision: parsed.revision };
    } catch {
      return null;
    }
  }

  private keepCopy(state: RecordState) {
    if (!isDirty(state) && !state.conflict) {
      this.clearCopy(state.key);
      return;
    }
    try {
      this.env.storage?.setItem(
        this.storageKey(state.key),
        JSON.stringify({
          value: state.value,
          revision: state.revision,
          keptAt: new Date().toISOString(),
        }),
      );
    } catch {
      // Storage full or refused: the text is still in memory and on its way to the server.
    }
  }

  /**
   * Removes the device copy; with `onlyIf`, only when it still holds that value, so a save
   * confirmed in one tab does not erase what another tab kept under the same key.
   */
  private clearCopy(key: string, onlyIf?: unknown) {
    try {
      if (onlyIf !== undefined) {
        const copy = this.readCopy(key);
        if (copy && !sameValue(copy.value, onlyIf)) return;
      }
      this.env.storage?.removeItem(this.storageKey(key));
    } catch {
      // Nothing to clean up if storage is refused.
    }
  }
}

/**
 * Removes every copy a store left on the device under a namespace. Called once an attempt is
 * submitted: on a shared computer, answers should not outlive the assessment in the browser.
 */
export function clearDeviceCopies(namespace: string): void {
  const prefix = `${namespace}:`;
  try {
    const storage = window.localStorage;
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage refused: there is nothing in it to clear.
  }
}

export function browserStorage(): DraftStorage | null {
  try {
    const storage = window.localStorage;
    const probe = "lb:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const stores = new Map<string, AutosaveStore>();

/**
 * One store per namespace and page session, so saves survive moving between pages: an
 * attempt's records (`lb:autosave:<attemptId>`), or one panelist's scorecard draft.
 */
export function getAutosaveStore(
  namespace: string,
  create: () => Omit<StoreEnvironment, "namespace">,
): AutosaveStore {
  let store = stores.get(namespace);
  if (!store) {
    store = new AutosaveStore({ ...create(), namespace });
    stores.set(namespace, store);
  }
  return store;
}
