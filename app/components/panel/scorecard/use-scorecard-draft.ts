// The scorecard draft as one record of the autosave engine (app/autosave/): the whole form,
// posted a moment after the last change to the draft route, kept in memory only (a panelist's
// notes are not left on a shared device), flushed before navigating away and on pagehide.
import { useRouteLoaderData } from "@remix-run/react";
import { useEffect, useMemo, type RefObject } from "react";
import { getAutosaveStore } from "#app/autosave/store";
import { fetchTransport } from "#app/autosave/transport";
import {
  useAutosaveLifecycle,
  useStoreSnapshot,
} from "#app/autosave/use-autosave";
import type { loader as rootLoader } from "#app/root";

const KEY = "scorecard";

/** The form's fields as the draft route reads them, without the submit intent and revision. */
function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (name === "intent" || name === "revision") continue;
    if (typeof value === "string") fields[name] = value;
  }
  return fields;
}

export function useScorecardDraft({
  form,
  candidateId,
  revision,
  savedAt,
  enabled,
}: {
  /** The scorecard form, read only when a change is saved. */
  form: RefObject<HTMLFormElement | null>;
  candidateId: string;
  /** The stored draft's revision (0: none yet) and when it was saved, as loaded. */
  revision: number;
  savedAt: Date | null;
  /** Only a draft autosaves; an amendment is saved by its own button, with a reason. */
  enabled: boolean;
}) {
  const url = `/panel/${candidateId}/draft`;
  // Per panelist too: signing out and in as someone else is a client-side navigation, and
  // the engine's stores outlive pages.
  const panelistId = useRouteLoaderData<typeof rootLoader>("root")?.user?.id;
  const store = useMemo(
    () =>
      typeof document === "undefined" || !enabled || !panelistId
        ? null
        : getAutosaveStore(`lb:scorecard:${panelistId}:${candidateId}`, () => ({
            transport: fetchTransport("form"),
            storage: null,
          })),
    [panelistId, candidateId, enabled],
  );
  useAutosaveLifecycle(store);
  const snapshot = useStoreSnapshot(store);

  useEffect(() => {
    if (!store || !form.current) return;
    store.register(
      KEY,
      url,
      revision > 0
        ? {
            value: fieldsOf(form.current),
            revision,
            savedAt: savedAt?.toISOString() ?? null,
          }
        : null,
    );
    // Registering again is only needed when the server's revision changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, url, revision]);

  useEffect(() => {
    if (!store) return;
    // Without a copy on the device, closing the tab loses what is unsaved: ask first.
    const warn = (event: BeforeUnloadEvent) => {
      if (store.unsaved().length) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [store]);

  return {
    record: snapshot?.records.get(KEY) ?? null,
    /** The panelist changed something: the engine saves it after a pause. */
    changed() {
      if (store && form.current) store.update(KEY, url, fieldsOf(form.current));
    },
    /** Saves now; whether the server holds all of it, and at which revision. */
    async flush(): Promise<{ saved: boolean; revision: number }> {
      if (!store) return { saved: true, revision };
      await store.flushAll();
      const record = store.getSnapshot().records.get(KEY);
      if (!record) return { saved: true, revision };
      return {
        saved: record.phase === "saved" && !record.dirty,
        revision: record.revision,
      };
    },
  };
}
