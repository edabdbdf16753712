// The bar under the scorecard: for a draft, the autosave status with "Save draft" and
// "Submit scorecard"; for an amendment, what it does, "Cancel" and "Save amendment".
import { Link } from "@remix-run/react";
import type { RecordSnapshot } from "#app/autosave/store";
import { Button } from "#app/components/forms";
import { DraftSaveStatus } from "./draft-save-status";

export function ScorecardActions({
  mode,
  draft,
  savedAt,
  submitProblem,
  submitting,
  busy,
}: {
  mode: "draft" | "amend";
  draft: RecordSnapshot<unknown> | null;
  savedAt: Date | null;
  submitProblem: string | null;
  /** Saving before the submission, or the submission itself under way. */
  submitting: boolean;
  busy: boolean;
}) {
  return (
    <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-3 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.04)]">
      {mode === "draft" ? (
        <>
          <div className="mr-auto min-w-0">
            <DraftSaveStatus record={draft} savedAt={savedAt} />
            {submitProblem ? (
              <p role="alert" className="text-sm font-medium text-red-700">
                {submitProblem}
              </p>
            ) : null}
          </div>
          <Button type="submit" name="intent" value="save" variant="secondary">
            Save draft
          </Button>
          <Button type="submit" name="intent" value="submit" disabled={busy}>
            {submitting ? "Submitting…" : "Submit scorecard"}
          </Button>
        </>
      ) : (
        <>
          <p className="mr-auto text-sm text-slate-700">
            Your amendment replaces the submitted values; the old ones stay in
            the audit trail.
          </p>
          <Link
            to="."
            className="rounded-md px-3 py-2 text-sm text-slate-800 underline"
          >
            Cancel
          </Link>
          <Button type="submit" name="intent" value="amend">
            Save amendment
          </Button>
        </>
      )}
    </div>
  );
}
