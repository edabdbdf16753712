// A piece of state that survives a reload on this device (localStorage), for text that is not
// a saved record yet: the review comment being written before "Add comment". Read through
// useSyncExternalStore, so the server render and hydration see nothing and the stored value
// arrives right after, without a mismatch.
import { useCallback, useMemo, useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
// This page session's values, so the state works even where storage is refused; storage only
// carries them across a reload.
const session = new Map<string, string | null>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function read(storageKey: string): string | null {
  if (session.has(storageKey)) return session.get(storageKey) ?? null;
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function useDeviceDraft<Value>(
  storageKey: string,
  initial: Value,
): [Value, (next: Value) => void] {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(storageKey),
    () => null,
  );
  const value = useMemo(() => {
    if (raw === null) return initial;
    try {
      return JSON.parse(raw) as Value;
    } catch {
      return initial;
    }
  }, [raw, initial]);
  const update = useCallback(
    (next: Value) => {
      const serialized =
        next === null || next === undefined ? null : JSON.stringify(next);
      session.set(storageKey, serialized);
      try {
        if (serialized === null) window.localStorage.removeItem(storageKey);
        else window.localStorage.setItem(storageKey, serialized);
      } catch {
        // Refused storage: the draft lives for this page session only.
      }
      for (const listener of listeners) listener();
    },
    [storageKey],
  );
  return [value, update];
}
