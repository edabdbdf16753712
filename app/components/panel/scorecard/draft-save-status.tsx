// What the scorecard draft's autosave is doing, in one line beside the buttons: read from the
// draft's record in the autosave engine (app/autosave/).
import type { RecordSnapshot } from "#app/autosave/store";
import { LocalTime } from "#app/components/local-time";

const PROBLEM_TEXT = {
  offline:
    "Not saved yet: the server can't be reached. Retrying; your changes stay on this page.",
  retrying:
    "Not saved yet: the server can't be reached. Retrying; your changes stay on this page.",
  session:
    "Not saved: you were signed out. Sign in again in another tab; your changes stay here and save with your next edit.",
} as const;

const STOPPED =
  "Autosave stopped. Copy anything you need, then reload the page.";

export function DraftSaveStatus({
  record,
  savedAt,
}: {
  /** The draft's record; null until the panelist first changes a new scorecard. */
  record: RecordSnapshot<unknown> | null;
  /** When the stored draft was saved, as the page loaded it. */
  savedAt: Date | null;
}) {
  const phase = record?.phase ?? "saved";
  const problem =
    phase === "offline" ||
    phase === "retrying" ||
    phase === "session" ||
    phase === "rejected" ||
    phase === "conflict" ||
    phase === "closed";
  const at = record
    ? record.savedAt
      ? new Date(record.savedAt)
      : null
    : savedAt;
  let text: React.ReactNode;
  switch (phase) {
    case "saved":
      text = at ? (
        <>
          Draft saved <LocalTime date={at} style="time" />
        </>
      ) : (
        "Autosaves as you go."
      );
      break;
    case "pending":
      text = "Unsaved changes…";
      break;
    case "saving":
      text = "Saving…";
      break;
    case "offline":
    case "retrying":
    case "session":
      text = PROBLEM_TEXT[phase];
      break;
    default:
      // The draft route words its refusals for this line (see panel.$candidateId.draft.ts).
      text = record?.message ?? STOPPED;
  }
  return (
    <p
      role="status"
      className={`text-sm ${problem ? "font-medium text-red-700" : "text-slate-700"}`}
    >
      {text}
    </p>
  );
}
