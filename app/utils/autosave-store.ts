// The browser's autosave engine: it holds every record the candidate is editing (an answer,
// a review comment, the review summary), keeps the latest text in localStorage until the server
// confirms it, sends it after a pause in typing, retries with backoff while offline or failing,
// and stops to ask when the server holds a newer revision. It lives outside React so that a
// save still lands after the candidate has moved to another page. Rules it follows (revision
// checks, timing) are in app/domain/autosave.ts; the server contract is in
// app/services/candidate-api.server.ts.
import { retryDelay, SAVE_TIMING } from "#app/domain/autosave";

export type SaveOutcome =
  | { kind: "saved"; revision: number; savedAt: string }
  | { kind: "deleted" }
  | {
      kind: "conflict";
      serverRevision: number;
      serverValue: unknown;
      serverSavedAt: string | null;
    }
  /** The attempt was submitted: nothing more can be saved. */
  | { kind: "closed"; message: string }
  /** The server refused this value (too long, invalid): retrying the same value is pointless. */
  | { kind: "rejected"; message: string }
  | { kind: "session"; message: string }
  | { kind: "offline" }
  | { kind: "failed"; message: string };

export type SaveRequest = {
  url: string;
  method: "POST" | "DELETE";
  body: unknown;
  /** Lets the request outlive the page (on pagehide). */
  keepalive?: boolean;
};

export type Transport = (request: SaveRequest) => Promise<SaveOutcome>;

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

export type Conflict<Value> = {
  /** null when the record was deleted elsewhere. */
  serverValue: Value | null;
  serverRevision: number;
  serverSavedAt: string | null;
};

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
  /** null where the browser refuses storage (some private modes): work stays in memory. */
  storage: DraftStorage | null;
  /** Prefix of this attempt's storage keys. */
  namespace: string;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  debounceMs?: number;
};

type Draft = { value: unknown; revision: number };

type Entry = {
  key: string;
  url: string;
  value: unknown;
  /** What the server holds at `revision` (null: nothing). */
  confirmed: unknown;
  revision: number;
  phase: Phase;
  savedAt: string | null;
  message: string | null;
  conflict: Conflict<unknown> | null;
  timer: unknown;
  inFlight: Promise<void> | null;
  sendAgain: boolean;
  failures: number;
};

// Values are plain JSON (strings, numbers, null, objects of those), so JSON equality is exact.
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const PROBLEM_PHASES: ReadonlySet<Phase> = new Set([
  "conflict",
  "closed",
  "rejected",
  "session",
]);

export class AutosaveStore {
  private entries = new Map<string, Entry>();
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
    for (const entry of this.entries.values()) {
      records.set(entry.key, {
        key: entry.key,
        value: entry.value,
        revision: entry.revision,
        phase: entry.phase,
        dirty: !sameValue(entry.value, entry.confirmed),
        savedAt: entry.savedAt,
        message: entry.message,
        conflict: entry.conflict,
      });
    }
    this.snapshot = {
      records,
      known: new Set(this.known),
      lastSavedAt: this.lastSavedAt,
    };
    for (const listener of this.listeners) listener();
  }

  // -- What the page tells the store --------------------------------------------------------

  /**
   * Starts tracking a record with what the server sent the page. A copy left on this device
   * (the tab was closed or reloaded before it saved) wins if it was based on the revision the
   * server still holds; if the server has moved on since, both are kept and the candidate
   * chooses. A record the store already tracks keeps its state: it is newer than the page's.
   */
  register(
    key: string,
    url: string,
    server: {
      value: unknown;
      revision: number;
      savedAt?: string | null;
    } | null,
  ): void {
    const existing = this.entries.get(key);
    if (existing) {
      const idle =
        !existing.inFlight &&
        existing.timer === null &&
        !PROBLEM_PHASES.has(existing.phase) &&
        sameValue(existing.value, existing.confirmed);
      if (idle && server && server.revision > existing.revision) {
        existing.value = existing.confirmed = server.value;
        existing.revision = server.revision;
        existing.savedAt = server.savedAt ?? existing.savedAt;
        this.publish();
      }
      return;
    }
    this.known.add(key);
    const draft = this.readDraft(key);
    if (!server && (!draft || draft.value === null)) {
      if (draft) this.clearDraft(key);
      return;
    }
    const entry: Entry = {
      key,
      url,
      value: server?.value ?? null,
      confirmed: server?.value ?? null,
      revision: server?.revision ?? 0,
      phase: "saved",
      savedAt: server?.savedAt ?? null,
      message: null,
      conflict: null,
      timer: null,
      inFlight: null,
      sendAgain: false,
      failures: 0,
    };
    this.entries.set(key, entry);
    if (draft) {
      if (server && sameValue(draft.value, server.value)) {
        this.clearDraft(key);
      } else if (draft.revision === entry.revision) {
        entry.value = draft.value;
        entry.phase = "pending";
        this.schedule(entry, 0);
      } else {
        entry.value = draft.value;
        entry.phase = "conflict";
        entry.conflict = {
          serverValue: server?.value ?? null,
          serverRevision: server?.revision ?? 0,
          serverSavedAt: server?.savedAt ?? null,
        };
      }
    }
    this.publish();
  }

  /** The candidate changed a record (or created one: a new comment starts at revision 0). */
  update(key: string, url: string, value: unknown): void {
    this.known.add(key);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        key,
        url,
        value,
        confirmed: null,
        revision: 0,
        phase: "pending",
        savedAt: null,
        message: null,
        conflict: null,
        timer: null,
        inFlight: null,
        sendAgain: false,
        failures: 0,
      };
      this.entries.set(key, entry);
    }
    entry.value = value;
    this.keepDraft(entry);
    if (
      entry.phase === "conflict" ||
      entry.phase === "closed" ||
      entry.phase === "session"
    ) {
      // Kept on the device and on screen; saving waits for the candidate's choice or a reload.
      this.publish();
      return;
    }
    if (sameValue(entry.value, entry.confirmed) && !entry.inFlight) {
      this.cancelTimer(entry);
      entry.phase = "saved";
      this.publish();
      return;
    }
    // While offline or failing, the retry timer is already set: typing must not reset it.
    if (entry.phase !== "offline" && entry.phase !== "retrying") {
      entry.phase = entry.inFlight ? "saving" : "pending";
      entry.message = null;
      this.schedule(entry, this.debounceMs);
    }
    this.publish();
  }

  /** Deletes a record. One never saved is simply dropped. */
  remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.value = null;
    if (entry.revision === 0 && !entry.inFlight) {
      this.drop(entry);
      return;
    }
    this.keepDraft(entry);
    if (!PROBLEM_PHASES.has(entry.phase)) {
      entry.phase = "pending";
      this.schedule(entry, 0);
    }
    this.publish();
  }

  /** After a conflict: keep this device's version (saved over the newer one) or the server's. */
  resolve(key: string, choice: "mine" | "theirs"): void {
    const entry = this.entries.get(key);
    if (!entry?.conflict) return;
    const { serverValue, serverRevision, serverSavedAt } = entry.conflict;
    entry.conflict = null;
    entry.message = null;
    entry.confirmed = serverValue;
    entry.revision = serverRevision;
    entry.savedAt = serverSavedAt ?? entry.savedAt;
    if (choice === "theirs" || sameValue(entry.value, serverValue)) {
      entry.value = serverValue;
      entry.phase = "saved";
      this.clearDraft(key);
      if (serverValue === null) this.entries.delete(key);
      this.publish();
      return;
    }
    if (entry.value === null && serverRevision === 0) {
      this.drop(entry);
      return;
    }
    entry.phase = "pending";
    this.keepDraft(entry);
    this.schedule(entry, 0);
    this.publish();
  }

  /** Forgets a record that was never saved, with its local copy. */
  discard(key: string): void {
    const entry = this.entries.get(key);
    if (entry && entry.revision === 0 && !entry.inFlight) this.drop(entry);
  }

  /** Tries every waiting save now: the connection is back. */
  retryNow(): void {
    for (const entry of this.entries.values()) {
      if (entry.phase === "offline" || entry.phase === "retrying") {
        void this.send(entry);
      }
    }
  }

  /**
   * Sends every unsaved change now and waits for the answers. `keepalive` lets the requests
   * outlive a page that is being closed.
   */
  async flushAll(options: { keepalive?: boolean } = {}): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const entry of this.entries.values()) {
      if (PROBLEM_PHASES.has(entry.phase)) continue;
      if (!sameValue(entry.value, entry.confirmed) || entry.timer !== null) {
        pending.push(this.send(entry, options.keepalive));
      } else if (entry.inFlight) {
        pending.push(entry.inFlight);
      }
    }
    await Promise.all(pending);
    // A save answered while others were in flight may have queued a follow-up.
    const followUps = [...this.entries.values()]
      .map((entry) => entry.inFlight)
      .filter((p): p is Promise<void> => p !== null);
    if (followUps.length) await Promise.all(followUps);
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
        const draft = this.readDraft(key);
        if (draft) found.push({ key, ...draft });
      }
    } catch {
      return found;
    }
    return found;
  }

  // -- Sending --------------------------------------------------------------------------------

  private schedule(entry: Entry, ms: number) {
    this.cancelTimer(entry);
    entry.timer = this.setTimer(() => {
      entry.timer = null;
      void this.send(entry);
    }, ms);
  }

  private cancelTimer(entry: Entry) {
    if (entry.timer !== null) this.clearTimer(entry.timer);
    entry.timer = null;
  }

  private send(entry: Entry, keepalive = false): Promise<void> {
    this.cancelTimer(entry);
    if (entry.inFlight) {
      entry.sendAgain = true;
      return entry.inFlight;
    }
    if (sameValue(entry.value, entry.confirmed)) {
      if (!PROBLEM_PHASES.has(entry.phase)) entry.phase = "saved";
      this.publish();
      return Promise.resolve();
    }
    const sent = entry.value;
    const baseRevision = entry.revision;
    entry.phase = "saving";
    this.publish();
    const request: SaveRequest =
      sent === null
        ? {
            url: entry.url,
            method: "DELETE",
            body: { baseRevision },
            keepalive,
          }
        : {
            url: entry.url,
            method: "POST",
            body: { ...(sent as object), baseRevision },
            keepalive,
          };
    const flight = this.env
      .transport(request)
      .catch((): SaveOutcome => ({ kind: "offline" }))
      .then((outcome) => this.settle(entry, sent, outcome))
      .finally(() => {
        entry.inFlight = null;
        if (!this.entries.has(entry.key)) return;
        const again = entry.sendAgain;
        entry.sendAgain = false;
        if (
          again &&
          !PROBLEM_PHASES.has(entry.phase) &&
          entry.phase !== "offline" &&
          entry.phase !== "retrying"
        )
          void this.send(entry);
      });
    entry.inFlight = flight;
    return flight;
  }

  private settle(entry: Entry, sent: unknown, outcome: SaveOutcome) {
    switch (outcome.kind) {
      case "saved": {
        entry.revision = outcome.revision;
        entry.confirmed = sent;
        entry.savedAt = outcome.savedAt;
        entry.failures = 0;
        entry.message = null;
        this.lastSavedAt = outcome.savedAt;
        if (sameValue(entry.value, sent)) {
          entry.phase = "saved";
          this.clearDraft(entry.key, sent);
        } else {
          // Typed on while this save travelled: the rest goes next, on the new revision.
          this.keepDraft(entry);
          entry.phase = "pending";
          if (entry.timer === null) entry.sendAgain = true;
        }
        break;
      }
      case "deleted": {
        this.lastSavedAt = new Date().toISOString();
        this.drop(entry);
        return;
      }
      case "conflict": {
        entry.phase = "conflict";
        entry.conflict = {
          serverValue: outcome.serverValue,
          serverRevision: outcome.serverRevision,
          serverSavedAt: outcome.serverSavedAt,
        };
        entry.message = null;
        this.keepDraft(entry);
        break;
      }
      case "closed":
      case "rejected":
      case "session": {
        entry.phase = outcome.kind;
        entry.message = outcome.message;
        this.keepDraft(entry);
        break;
      }
      case "offline":
      case "failed": {
        entry.phase = outcome.kind === "offline" ? "offline" : "retrying";
        entry.message = outcome.kind === "failed" ? outcome.message : null;
        this.keepDraft(entry);
        this.schedule(entry, retryDelay(entry.failures, this.random()));
        entry.failures++;
        break;
      }
    }
    this.publish();
  }

  private drop(entry: Entry) {
    this.cancelTimer(entry);
    this.entries.delete(entry.key);
    this.clearDraft(entry.key);
    this.publish();
  }

  // -- The copy on this device ----------------------------------------------------------------

  private storageKey(key: string) {
    return `${this.env.namespace}:${key}`;
  }

  private readDraft(key: string): Draft | null {
    try {
      const raw = this.env.storage?.getItem(this.storageKey(key));
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<Draft>;
      if (typeof parsed.revision !== "number" || !("value" in parsed))
        return null;
      return { value: parsed.value, revision: parsed.revision };
    } catch {
      return null;
    }
  }

  private keepDraft(entry: Entry) {
    if (sameValue(entry.value, entry.confirmed) && !entry.conflict) {
      this.clearDraft(entry.key);
      return;
    }
    try {
      this.env.storage?.setItem(
        this.storageKey(entry.key),
        JSON.stringify({
          value: entry.value,
          revision: entry.revision,
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
  private clearDraft(key: string, onlyIf?: unknown) {
    try {
      if (onlyIf !== undefined) {
        const draft = this.readDraft(key);
        if (draft && !sameValue(draft.value, onlyIf)) return;
      }
      this.env.storage?.removeItem(this.storageKey(key));
    } catch {
      // Nothing to clean up if storage is refused.
    }
  }
}

/** Maps the server's answer (see candidate-api.server.ts) to what the store does next. */
export const fetchTransport: Transport = async (request) => {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
      },
      body: JSON.stringify(request.body),
      credentials: "same-origin",
      redirect: "manual",
      keepalive: request.keepalive,
    });
  } catch {
    return { kind: "offline" };
  }
  let data: Record<string, unknown> | null = null;
  try {
    data = (await response.json()) as Record<string, unknown>;
  } catch {
    data = null;
  }
  const message =
    typeof data?.error === "string" ? data.error : "This could not be saved.";
  if (response.ok && data) {
    if (data.deleted === true) return { kind: "deleted" };
    if (typeof data.revision === "number" && typeof data.savedAt === "string")
      return { kind: "saved", revision: data.revision, savedAt: data.savedAt };
  }
  const conflict = data?.conflict as
    | {
        serverRevision?: unknown;
        serverValue?: unknown;
        serverSavedAt?: unknown;
      }
    | undefined;
  if (response.status === 409 && typeof conflict?.serverRevision === "number") {
    return {
      kind: "conflict",
      serverRevision: conflict.serverRevision,
      serverValue: conflict.serverValue ?? null,
      serverSavedAt:
        typeof conflict.serverSavedAt === "string"
          ? conflict.serverSavedAt
          : null,
    };
  }
  if (response.status === 410) return { kind: "closed", message };
  // A redirect (status 0 with redirect: "manual") means the session is gone as surely as a 401.
  if (
    response.status === 401 ||
    response.status === 403 ||
    response.type === "opaqueredirect"
  )
    return {
      kind: "session",
      message:
        typeof data?.error === "string"
          ? data.error
          : "Your session has ended. Your text is kept on this device: open your invite link again to carry on.",
    };
  if ([400, 404, 405, 409, 413].includes(response.status))
    return { kind: "rejected", message };
  return {
    kind: "failed",
    message: `The server could not save just now (${response.status}).`,
  };
};

/**
 * Removes every copy this attempt left on the device. Called once the attempt is submitted:
 * on a shared computer, answers should not outlive the assessment in the browser.
 */
export function clearDeviceCopies(attemptId: string): void {
  const prefix = `lb:autosave:${attemptId}:`;
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

const stores = new Map<string, AutosaveStore>();

function browserStorage(): DraftStorage | null {
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

/** One store per attempt and page session, so saves survive moving between pages. */
export function getAutosaveStore(attemptId: string): AutosaveStore {
  let store = stores.get(attemptId);
  if (!store) {
    store = new AutosaveStore({
      transport: fetchTransport,
      storage: browserStorage(),
      namespace: `lb:autosave:${attemptId}`,
    });
    stores.set(attemptId, store);
  }
  return store;
}
