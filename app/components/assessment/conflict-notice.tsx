// Shown when the server holds a newer version than the one this tab started from (another
// tab or device saved in between). Both versions stay on screen, selectable, until the
// candidate chooses; nothing is overwritten without that choice.
import { useId } from "react";
import { Button } from "#app/components/forms";

export function ConflictNotice({
  what,
  mine,
  theirs,
  theirsSavedAt,
  onKeepMine,
  onUseTheirs,
}: {
  /** "answer", "comment", "summary": completes "This … was changed…". */
  what: string;
  mine: string | null;
  /** null when the record was deleted elsewhere. */
  theirs: string | null;
  theirsSavedAt: string | null;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const id = useId();
  const savedAt = theirsSavedAt
    ? new Date(theirsSavedAt).toLocaleString("en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
      })
    : null;
  const box =
    "h-48 w-full resize-y rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm";
  return (
    <section
      role="alert"
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-amber-400 bg-amber-50 p-4"
    >
      <h2 id={`${id}-title`} className="font-semibold text-amber-950">
        {theirs === null
          ? `This ${what} was deleted in another tab or window`
          : mine === null
            ? `You deleted this ${what} here, but it was changed in another tab or window`
            : `This ${what} was changed in another tab or window`}
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        Both versions are below, and neither has been overwritten. Copy anything
        you want from one into the other, then choose which to keep.
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-mine`} className="text-sm font-medium">
            Your version in this tab
          </label>
          <textarea
            id={`${id}-mine`}
            readOnly
            className={box}
            value={mine ?? "(deleted)"}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-theirs`} className="text-sm font-medium">
            The saved version{savedAt ? ` (saved ${savedAt})` : ""}
          </label>
          <textarea
            id={`${id}-theirs`}
            readOnly
            className={box}
            value={theirs ?? "(deleted)"}
          />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" onClick={onKeepMine}>
          {mine === null ? "Delete it anyway" : "Keep my version"}
        </Button>
        <Button type="button" variant="secondary" onClick={onUseTheirs}>
          {theirs === null ? "Let it go" : "Use the saved version"}
        </Button>
      </div>
    </section>
  );
}
