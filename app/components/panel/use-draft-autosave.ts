// Autosave for a scorecard draft: posts the whole form a moment after the last change, to a
// resource route that answers JSON. Plain fetch rather than a Remix fetcher, because a
// fetcher's network error replaces the page with the error boundary, and with it whatever
// the panelist typed; here a failure keeps the form and retries with backoff.
import { useEffect, useRef, useState } from "react";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "retrying"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string };

const DEBOUNCE_MS = 800;
const MAX_RETRY_MS = 30_000;

type SaveResponse =
  | { ok: true; revision: number; savedAt: string }
  | { ok: false; message?: string; errors?: Record<string, string[]> };

class DraftSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<boolean> | null = null;
  private failures = 0;
  dirty = false;
  // After a conflict, saving again would overwrite another tab's newer scorecard.
  private conflicted = false;

  constructor(
    private readonly url: string,
    public revision: number,
    private readonly report: (state: SaveState) => void,
    private readonly form: { readonly current: HTMLFormElement | null },
  ) {}

  get busy(): boolean {
    return this.dirty || this.running !== null;
  }

  changed(): void {
    if (this.conflicted) return;
    this.dirty = true;
    if (!this.running) this.report({ kind: "pending" });
    this.schedule(DEBOUNCE_MS);
  }

  /** Saves now if anything changed; resolves true once the server has all of it. */
  async flush(): Promise<boolean> {
    this.cancel();
    while (this.running) await this.running;
    if (this.conflicted) return false;
    if (!this.dirty) return true;
    this.running = this.send();
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private async send(): Promise<boolean> {
    const form = this.form.current;
    if (!form) return false;
    const body = new FormData(form);
    body.delete("intent");
    body.set("revision", String(this.revision));
    this.dirty = false;
    this.report({ kind: "saving" });
    let response: Response;
    let result: SaveResponse | null;
    try {
      response = await fetch(this.url, {
        method: "POST",
        body,
        headers: { Accept: "application/json" },
      });
      result = (await response.json().catch(() => null)) as SaveResponse | null;
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
    } catch {
      this.dirty = true;
      this.failures += 1;
      const delay = Math.min(MAX_RETRY_MS, 2_000 * 2 ** (this.failures - 1));
      this.report({
        kind: "retrying",
        message: `Not saved yet: the server can't be reached. Retrying in ${Math.round(delay / 1000)} s; your changes stay on this page.`,
      });
      this.schedule(delay);
      return false;
    }
    this.failures = 0;
    // A lapsed session redirects to the sign-in page, which fetch follows quietly.
    if (response.redirected || response.status === 401) {
      this.dirty = true;
      this.report({
        kind: "invalid",
        message:
          "Not saved: you were signed out. Sign in again in another tab; your changes stay here and save with your next edit.",
      });
      return false;
    }
    if (response.ok && result?.ok) {
      this.revision = result.revision;
      this.report({ kind: "saved", at: new Date(result.savedAt) });
      return !this.dirty;
    }
    const message = result && !result.ok ? result.message : undefined;
    if (response.status === 400) {
      const first =
        result && !result.ok ? Object.values(result.errors ?? {})[0]?.[0] : "";
      // Saving resumes with the next change, which may well fix it.
      this.report({
        kind: "invalid",
        message: `Not saved: ${first || message || "check what you entered"}`,
      });
      return false;
    }
    this.conflicted = true;
    this.report({
      kind: "conflict",
      message:
        message ??
        "Autosave stopped. Copy anything you need, then reload the page.",
    });
    return false;
  }
}

export function useDraftAutosave({
  url,
  revision,
  savedAt,
}: {
  url: string;
  revision: number;
  savedAt: Date | null;
}) {
  const [state, setState] = useState<SaveState>(
    savedAt ? { kind: "saved", at: savedAt } : { kind: "idle" },
  );
  const form = useRef<HTMLFormElement | null>(null);
  // Reads the form through the ref only when a save runs, never during render.
  const [saver] = useState(() => new DraftSaver(url, revision, setState, form));

  useEffect(() => {
    // Leaving with unsaved changes: ask the browser to confirm first.
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.busy) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      saver.cancel();
    };
  }, [saver]);

  return { form, state, saver };
}
