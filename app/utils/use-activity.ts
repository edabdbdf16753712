// Time on task and pastes, measured in the browser and reported to /assessment/activity.
// Time counts only while the page is visible and the candidate has interacted in the last
// minute, so a tab left open overnight adds nothing. Pastes are counted and sized, never
// blocked or read: the text itself is not sent. The server caps what a report may add.
import { useEffect } from "react";
import { ACTIVITY } from "#app/domain/autosave";

const TICK_MS = 5_000;
const PASTE_FLUSH_MS = 2_000;
// What one report may claim; the server caps it again (ACTIVITY.maxCreditSeconds).
const MAX_PENDING_SECONDS = ACTIVITY.maxCreditSeconds;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLInputElement
  )
    return !target.readOnly && !target.disabled;
  return target.isContentEditable;
}

export function startActivityTracking(url: string): () => void {
  let lastInteraction = Date.now();
  let lastTick = Date.now();
  let activeSeconds = 0;
  let pasteCount = 0;
  let pasteCharacters = 0;
  let pasteTimer: ReturnType<typeof setTimeout> | null = null;

  const interact = () => {
    lastInteraction = Date.now();
  };

  const tick = () => {
    const now = Date.now();
    const elapsed = (now - lastTick) / 1000;
    lastTick = now;
    const engaged =
      document.visibilityState === "visible" &&
      now - lastInteraction <= ACTIVITY.idleAfterMs;
    // A throttled background timer can fire late; never count more than two ticks at once.
    if (engaged)
      activeSeconds = Math.min(
        MAX_PENDING_SECONDS,
        activeSeconds + Math.min(elapsed, (2 * TICK_MS) / 1000),
      );
  };

  const take = () => {
    const report = {
      activeSeconds: Math.floor(activeSeconds),
      pasteCount,
      pasteCharacters,
    };
    activeSeconds -= report.activeSeconds;
    pasteCount = 0;
    pasteCharacters = 0;
    return report;
  };

  const giveBack = (report: ReturnType<typeof take>) => {
    activeSeconds = Math.min(
      MAX_PENDING_SECONDS,
      activeSeconds + report.activeSeconds,
    );
    pasteCount += report.pasteCount;
    pasteCharacters += report.pasteCharacters;
  };

  const report = () => {
    tick();
    if (activeSeconds < 1 && pasteCount === 0) return;
    const sent = take();
    fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(sent),
      credentials: "same-origin",
      redirect: "manual",
    })
      .then((response) => {
        if (response.status >= 500) giveBack(sent);
      })
      .catch(() => giveBack(sent));
  };

  // The page may not come back: send what is counted with a request that outlives it.
  const beacon = () => {
    tick();
    if (activeSeconds < 1 && pasteCount === 0) return;
    const sent = take();
    const body = new Blob([JSON.stringify(sent)], { type: "application/json" });
    if (!navigator.sendBeacon?.(url, body)) giveBack(sent);
  };

  const onPaste = (event: ClipboardEvent) => {
    if (!isEditable(event.target)) return;
    const length = event.clipboardData?.getData("text/plain").length ?? 0;
    pasteCount++;
    pasteCharacters += Math.min(length, ACTIVITY.maxPasteCharacters);
    if (pasteTimer === null)
      pasteTimer = setTimeout(() => {
        pasteTimer = null;
        report();
      }, PASTE_FLUSH_MS);
  };

  const onVisibility = () => {
    if (document.visibilityState === "hidden") beacon();
    else lastTick = Date.now();
  };

  const ticker = setInterval(tick, TICK_MS);
  const heartbeat = setInterval(report, ACTIVITY.heartbeatMs);
  const interactions = [
    "keydown",
    "pointerdown",
    "pointermove",
    "wheel",
    "input",
  ];
  for (const type of interactions)
    document.addEventListener(type, interact, { capture: true, passive: true });
  document.addEventListener("scroll", interact, {
    capture: true,
    passive: true,
  });
  document.addEventListener("paste", onPaste, { capture: true });
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("pagehide", beacon);

  return () => {
    clearInterval(ticker);
    clearInterval(heartbeat);
    if (pasteTimer !== null) clearTimeout(pasteTimer);
    for (const type of interactions)
      document.removeEventListener(type, interact, { capture: true });
    document.removeEventListener("scroll", interact, { capture: true });
    document.removeEventListener("paste", onPaste, { capture: true });
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("pagehide", beacon);
    report();
  };
}

/** Tracks activity while the attempt is open; `enabled` is false once it is submitted. */
export function useActivityTracking(
  enabled: boolean,
  url = "/assessment/activity",
) {
  useEffect(() => {
    if (!enabled) return;
    return startActivityTracking(url);
  }, [enabled, url]);
}
