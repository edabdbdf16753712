// The autosave indicator: always visible while the candidate works. Screen readers hear only
// the changes that need attention (offline, failing, a conflict) and the recovery after them,
// not every "Saving…" while typing.
import { useState } from "react";
import {
  useOverallStatus,
  type OverallStatus,
} from "#app/autosave/use-autosave";

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
  });
}

function describe(status: OverallStatus): {
  text: string;
  tone: "quiet" | "ok" | "warn" | "bad";
} {
  switch (status.state) {
    case "idle":
      return { text: "Your work saves as you type", tone: "quiet" };
    case "saving":
      return { text: "Saving…", tone: "quiet" };
    case "saved":
      return { text: `Saved at ${clock(status.at)}`, tone: "ok" };
    case "offline":
      return {
        text: "Offline: kept on this device, will save when you're back online",
        tone: "warn",
      };
    case "retrying":
      return { text: "Couldn't save: retrying", tone: "warn" };
    case "conflict":
      return {
        text: "Changed in another tab: choose a version below",
        tone: "bad",
      };
    case "rejected":
      return { text: "Not saved: see the message below", tone: "bad" };
    case "session":
      return {
        text: "Session ended: kept on this device, open your link again",
        tone: "bad",
      };
    case "closed":
      return {
        text: "Submitted: changes are no longer saved",
        tone: "bad",
      };
  }
}

const TONES = {
  quiet: "border-slate-200 bg-white text-slate-700",
  ok: "border-green-200 bg-green-50 text-green-900",
  warn: "border-amber-300 bg-amber-50 text-amber-950",
  bad: "border-red-300 bg-red-50 text-red-900",
} as const;

const DOTS = {
  quiet: "bg-slate-400",
  ok: "bg-green-600",
  warn: "bg-amber-500",
  bad: "bg-red-600",
} as const;

export function SaveStatus() {
  const status = useOverallStatus();
  const { text, tone } = describe(status);
  // Derived while rendering from the previous state (React's pattern for reacting to a
  // change without an effect): what a screen reader should hear about this change, if anything.
  const [seen, setSeen] = useState({ text, troubled: false, announcement: "" });
  if (seen.text !== text) {
    const troubled = tone === "warn" || tone === "bad";
    setSeen({
      text,
      troubled: troubled || (seen.troubled && status.state !== "saved"),
      announcement: troubled
        ? text
        : seen.troubled && status.state === "saved"
          ? "All changes saved."
          : seen.announcement,
    });
  }
  const announcement = seen.announcement;
  return (
    <div className="flex items-center">
      <p
        data-testid="save-status"
        data-state={status.state}
        className={`flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${TONES[tone]}`}
      >
        <span
          aria-hidden="true"
          className={`inline-block size-2 rounded-full ${DOTS[tone]}`}
        />
        {text}
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
