// React's view of the autosave engine (store.ts): the candidate's store for the attempt, one
// record's value and state, the overall status for the indicator, and the page lifecycle every
// autosaving page shares (flush on client-side navigation and on pagehide, retry when back
// online). On the server and during hydration there is no store, and every record reads as
// what the loader sent.
import { useBlocker } from "@remix-run/react";
import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { useHydrated } from "#app/components/use-hydrated";
import { SAVE_TIMING } from "#app/domain/autosave";
import {
  browserStorage,
  clearDeviceCopies,
  getAutosaveStore,
  type AutosaveStore,
  type Phase,
  type RecordSnapshot,
  type StoreSnapshot,
} from "./store";
import { fetchTransport } from "./transport";

const StoreContext = createContext<AutosaveStore | null>(null);

const attemptNamespace = (attemptId: string) => `lb:autosave:${attemptId}`;

/** The candidate's store: every answer, comment and the summary, with copies on the device. */
export function AutosaveProvider({
  attemptId,
  enabled,
  submitted,
  children,
}: {
  attemptId: string;
  /** Off before the policy is acknowledged and after submission: nothing is saved then. */
  enabled: boolean;
  submitted: boolean;
  children: ReactNode;
}) {
  const store = useMemo(
    () =>
      typeof document === "undefined" || !enabled
        ? null
        : getAutosaveStore(attemptNamespace(attemptId), () => ({
            transport: fetchTransport("json"),
            storage: browserStorage(),
          })),
    [attemptId, enabled],
  );
  useEffect(() => {
    if (submitted) clearDeviceCopies(attemptNamespace(attemptId));
  }, [submitted, attemptId]);
  useAutosaveLifecycle(store);
  return createElement(StoreContext.Provider, { value: store }, children);
}

/**
 * What every autosaving page does around its store: sends what is waiting before a client-side
 * navigation moves on (so the next page's loader already sees it) and when the page is hidden
 * or closed (with requests that outlive it), and retries at once when the connection is back.
 */
export function useAutosaveLifecycle(store: AutosaveStore | null): void {
  const blocker = useBlocker(() => store?.hasSendableChanges() ?? false);
  useEffect(() => {
    if (blocker.state !== "blocked" || !store) return;
    let done = false;
    const proceed = () => {
      if (done) return;
      done = true;
      blocker.proceed();
    };
    // A slow server must not hold the user on the page: the save carries on after they leave.
    const cap = setTimeout(proceed, SAVE_TIMING.leaveWaitMs);
    void store.flushAll().finally(() => {
      clearTimeout(cap);
      proceed();
    });
  }, [blocker, store]);
  useEffect(() => {
    if (!store) return;
    const retry = () => store.retryNow();
    // A page being hidden may never come back: send what is waiting, with requests that
    // outlive it. The device copy covers whatever does not arrive.
    const flush = () => void store.flushAll({ keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("online", retry);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [store]);
}

export function useAutosaveStore(): AutosaveStore | null {
  return useContext(StoreContext);
}

const noSubscription = () => () => {};
const noSnapshot = () => null;

/** A store's snapshot, re-rendering on every change; null on the server and while hydrating. */
export function useStoreSnapshot(
  store: AutosaveStore | null,
): StoreSnapshot | null {
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? noSnapshot,
    noSnapshot,
  );
}

export function useAutosaveSnapshot(): StoreSnapshot | null {
  return useStoreSnapshot(useAutosaveStore());
}

export type AutosaveRecord<Value> = {
  value: Value;
  record: RecordSnapshot<Value> | null;
  /** Whether edits can be saved (false on the server, before hydration, after submission). */
  live: boolean;
  update: (value: Value) => void;
  resolve: (choice: "mine" | "theirs") => void;
};

/**
 * One autosaved record. `server` is what the loader read; `key` names the record in the store
 * and in the device copy (e.g. "answer:first-90-days").
 */
export function useAutosaveRecord<Value>(input: {
  key: string;
  url: string;
  server: { value: Value; revision: number; savedAt?: string | null } | null;
  empty: Value;
}): AutosaveRecord<Value> {
  const store = useAutosaveStore();
  const snapshot = useAutosaveSnapshot();
  const hydrated = useHydrated();
  const { key, url, server, empty } = input;
  const serverRevision = server?.revision ?? 0;
  useEffect(() => {
    store?.register(key, url, server);
    // Registering again is only needed when the record or the server's revision changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key, url, serverRevision]);
  const record =
    (snapshot?.records.get(key) as RecordSnapshot<Value> | undefined) ?? null;
  const value = record ? (record.value ?? empty) : (server?.value ?? empty);
  return {
    value,
    record,
    live: hydrated && store !== null,
    update: (next) => store?.update(key, url, next),
    resolve: (choice) => store?.resolve(key, choice),
  };
}

export type OverallStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved"; at: string }
  | { state: "offline" }
  | { state: "retrying"; message: string | null }
  | { state: "conflict" }
  | { state: "rejected"; message: string | null }
  | { state: "session"; message: string | null }
  | { state: "closed"; message: string | null };

// The most urgent state wins: the candidate must act on a conflict before a slow save matters.
const PRIORITY: Phase[] = [
  "closed",
  "session",
  "conflict",
  "rejected",
  "offline",
  "retrying",
  "saving",
  "pending",
];

export function overallStatus(snapshot: StoreSnapshot | null): OverallStatus {
  if (!snapshot) return { state: "idle" };
  const records = [...snapshot.records.values()];
  for (const phase of PRIORITY) {
    const record = records.find((r) => r.phase === phase);
    if (!record) continue;
    switch (phase) {
      case "closed":
      case "session":
      case "rejected":
      case "retrying":
        return { state: phase, message: record.message };
      case "conflict":
      case "offline":
        return { state: phase };
      default:
        return { state: "saving" };
    }
  }
  return snapshot.lastSavedAt
    ? { state: "saved", at: snapshot.lastSavedAt }
    : { state: "idle" };
}

export function useOverallStatus(): OverallStatus {
  return overallStatus(useAutosaveSnapshot());
}
