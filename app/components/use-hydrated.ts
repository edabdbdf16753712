// True once React runs in the browser. The server snapshot (false) is also what hydration
// renders, so markup matches; the client snapshot takes over right after.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
