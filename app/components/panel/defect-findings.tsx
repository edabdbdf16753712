// The defect matcher's verdict on the candidate's review, defect by defect: found, possible
// (a comment on the lines whose wording does not show it: the panelist confirms or rejects
// it in one click) or missed, by which comment and why, and the panelist's override with its
// reason when the matcher got it wrong.
import { useFetcher } from "@remix-run/react";
import { useId } from "react";
import { Button } from "#app/components/forms";
import type { FindingStatus } from "#app/domain/defect-matcher";
import { SUMMARY_ID } from "#app/domain/defect-matcher";
import { lineRange } from "./review-replay";

export type DefectView = {
  id: string;
  title: string;
  category: string;
  severity: string;
  decoy: boolean;
  file: string;
  startLine: number;
  endLine: number;
  finding: string;
  status: FindingStatus;
  matchedStatus: FindingStatus;
  found: boolean;
  matched: boolean;
  reasons: readonly { commentId: string; kind: string; reason: string }[];
  override: { found: boolean; reason: string } | null;
};

export type PanelOverride = {
  defectId: string;
  found: boolean;
  reason: string;
  panelistName: string;
};

type OverrideResult = {
  ok: boolean;
  errors?: Record<string, string[]>;
};

export const STATUS_LABELS: Record<FindingStatus, string> = {
  found: "Found",
  possible: "Possible: confirm",
  missed: "Missed",
};

export function FindingBadge({
  status,
  decoy,
}: {
  status: FindingStatus;
  decoy: boolean;
}) {
  const style =
    status === "found"
      ? decoy
        ? "bg-amber-100 text-amber-900"
        : "bg-emerald-100 text-emerald-900"
      : status === "possible"
        ? "bg-sky-100 text-sky-900 ring-1 ring-sky-400"
        : "bg-slate-200 text-slate-800";
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${style}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}

/** Where a reason points: a numbered comment, or the review summary. */
export function ReasonSource({
  commentId,
  commentNumbers,
}: {
  commentId: string;
  commentNumbers: Record<string, number>;
}) {
  if (commentId === SUMMARY_ID) {
    return (
      <a href="#review-summary" className="underline">
        Summary
      </a>
    );
  }
  const number = commentNumbers[commentId];
  return (
    <a href={`#comment-${number ?? ""}`} className="underline">
      C{number ?? "?"}
    </a>
  );
}

const REASON_KINDS: Record<string, string> = {
  found: "finds it",
  possible: "possible",
  "not credited": "not credited",
};

/** Confirm or reject a possible finding in one click: an override with a stated reason. */
function ConfirmPossible({
  defect,
  sources,
}: {
  defect: DefectView;
  sources: string;
}) {
  const fetcher = useFetcher<OverrideResult>();
  const busy = fetcher.state !== "idle";
  const options = [
    {
      verdict: "found",
      label: "Confirm found",
      reason: `Confirmed: ${sources} shows the candidate found it.`,
    },
    {
      verdict: "not-found",
      label: "Reject",
      reason: `Rejected: ${sources} does not show the candidate found it.`,
    },
  ];
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-sky-50 px-3 py-2 text-sm">
      <span>Does {sources} show the candidate found it?</span>
      {options.map((option) => (
        <fetcher.Form key={option.verdict} method="post">
          <input type="hidden" name="intent" value="override-defect" />
          <input type="hidden" name="defectId" value={defect.id} />
          <input type="hidden" name="verdict" value={option.verdict} />
          <input type="hidden" name="reason" value={option.reason} />
          <Button
            type="submit"
            variant={option.verdict === "found" ? "primary" : "secondary"}
            disabled={busy}
          >
            {option.label}
            <span className="sr-only"> for “{defect.title}”</span>
          </Button>
        </fetcher.Form>
      ))}
    </div>
  );
}

function DefectCard({
  defect,
  commentNumbers,
  others,
  readOnly,
}: {
  defect: DefectView;
  commentNumbers: Record<string, number>;
  others: PanelOverride[];
  readOnly: boolean;
}) {
  const fetcher = useFetcher<OverrideResult>();
  const id = useId();
  const errors = fetcher.data && !fetcher.data.ok ? fetcher.data.errors : {};
  const busy = fetcher.state !== "idle";
  const otherErrors = Object.entries(errors ?? {})
    .filter(([field]) => field !== "reason")
    .flatMap(([, messages]) => messages);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium">{defect.title}</p>
          <p className="mt-0.5 text-xs text-slate-700">
            {defect.category} · {defect.severity}
            {defect.decoy ? " · decoy (a harmless nit)" : ""} ·{" "}
            <span className="font-mono">{defect.file}</span>,{" "}
            {lineRange(defect.startLine, defect.endLine)}
          </p>
        </div>
        <FindingBadge status={defect.status} decoy={defect.decoy} />
      </div>
      <div className="mt-2 text-sm text-slate-800">
        <span className="font-medium">Matcher: </span>
        {defect.reasons.length === 0 ? (
          "nothing in the review reads as this defect."
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
            {defect.reasons.map((reason) => (
              <li key={`${reason.commentId}-${reason.kind}`}>
                <ReasonSource
                  commentId={reason.commentId}
                  commentNumbers={commentNumbers}
                />{" "}
                ({REASON_KINDS[reason.kind] ?? reason.kind}): {reason.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
      {defect.matchedStatus === "possible" && !defect.override && !readOnly ? (
        <ConfirmPossible
          defect={defect}
          sources={defect.reasons
            .filter((reason) => reason.kind === "possible")
            .map((reason) =>
              reason.commentId === SUMMARY_ID
                ? "the summary"
                : `C${commentNumbers[reason.commentId] ?? "?"}`,
            )
            .join(", ")}
        />
      ) : null}
      {/* Read-only, every panelist's override is listed below by name instead. */}
      {defect.override && !readOnly ? (
        <div className="mt-2 rounded-md bg-sky-50 px-3 py-2 text-sm">
          <p>
            <span className="font-medium">Your override:</span>{" "}
            {defect.override.found ? "found" : "not found"}; the matcher said{" "}
            {STATUS_LABELS[defect.matchedStatus].toLowerCase()}. “
            {defect.override.reason}”
          </p>
          <fetcher.Form method="post" className="mt-1">
            <input type="hidden" name="intent" value="clear-override" />
            <input type="hidden" name="defectId" value={defect.id} />
            <button
              type="submit"
              disabled={busy}
              className="text-brand-700 rounded text-sm underline"
            >
              Remove override
              <span className="sr-only"> for “{defect.title}”</span>
            </button>
          </fetcher.Form>
        </div>
      ) : null}
      {others.map((other) => (
        <p
          key={other.panelistName}
          className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm"
        >
          <span className="font-medium">{other.panelistName}:</span>{" "}
          {other.found ? "found" : "not found"}. “{other.reason}”
        </p>
      ))}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">
          What a finding looks like
        </summary>
        <p className="mt-1 text-slate-800">{defect.finding}</p>
      </details>
      {readOnly ? null : (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-slate-700">
            {defect.override ? "Change the override" : "Override the matcher"}
            <span className="sr-only"> for “{defect.title}”</span>
          </summary>
          <fetcher.Form method="post" className="mt-2 space-y-2">
            <input type="hidden" name="intent" value="override-defect" />
            <input type="hidden" name="defectId" value={defect.id} />
            <fieldset>
              <legend className="font-medium text-slate-800">
                Did the candidate find it?
              </legend>
              <div className="mt-1 flex gap-4">
                {[
                  { value: "found", label: "Found" },
                  { value: "not-found", label: "Not found" },
                ].map((option) => (
                  <label key={option.value} className="flex items-center gap-1">
                    <input
                      type="radio"
                      name="verdict"
                      value={option.value}
                      defaultChecked={
                        (option.value === "found") === !defect.found
                      }
                      className="accent-brand-700 size-4"
                    />
                    {option.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label
                htmlFor={`${id}-reason`}
                className="font-medium text-slate-800"
              >
                Reason
              </label>
              <textarea
                id={`${id}-reason`}
                name="reason"
                rows={2}
                maxLength={2000}
                defaultValue={defect.override?.reason ?? ""}
                aria-invalid={errors?.reason?.length ? true : undefined}
                aria-describedby={
                  errors?.reason?.length ? `${id}-reason-error` : undefined
                }
                className="mt-1 block w-full rounded-md border border-slate-400 px-2 py-1.5 aria-[invalid=true]:border-red-600"
              />
              {errors?.reason?.length ? (
                <p
                  id={`${id}-reason-error`}
                  className="mt-1 text-sm font-medium text-red-700"
                >
                  {errors.reason.join(" ")}
                </p>
              ) : null}
              {otherErrors.length ? (
                <p
                  role="alert"
                  className="mt-1 text-sm font-medium text-red-700"
                >
                  {otherErrors.join(" ")}
                </p>
              ) : null}
            </div>
            <Button type="submit" variant="secondary" disabled={busy}>
              {busy ? "Saving…" : "Save override"}
            </Button>
          </fetcher.Form>
        </details>
      )}
    </li>
  );
}

export function DefectFindings({
  defects,
  commentNumbers,
  panelOverrides = [],
  priorities,
  readOnly = false,
}: {
  defects: DefectView[];
  commentNumbers: Record<string, number>;
  panelOverrides?: PanelOverride[];
  priorities?: string;
  /** The hiring manager's view: the same findings, without the panelist's controls. */
  readOnly?: boolean;
}) {
  const real = defects.filter((defect) => !defect.decoy);
  const found = real.filter((defect) => defect.found).length;
  const possible = real.filter((defect) => defect.status === "possible").length;
  return (
    <div>
      <p className="text-sm text-slate-700">
        {found} of {real.length} seeded defects found
        {possible ? `, ${possible} possible` : ""}
        {defects.length > real.length
          ? `; ${defects.filter((d) => d.decoy && d.found).length} of ${defects.length - real.length} decoys commented on`
          : ""}
        . A comment finds a defect when its wording shows it: on the
        defect&apos;s lines one signal will do, at a related place more, and
        away from it or in the summary only strong wording. A comment on the
        lines that does not show it is only possible, for you to confirm.
      </p>
      {priorities ? (
        <p className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">
          <span className="font-medium">
            Prioritisation (context, not a score):{" "}
          </span>
          {priorities}
        </p>
      ) : null}
      <ul className="mt-2 space-y-2">
        {defects.map((defect) => (
          <DefectCard
            key={defect.id}
            defect={defect}
            commentNumbers={commentNumbers}
            others={panelOverrides.filter((o) => o.defectId === defect.id)}
            readOnly={readOnly}
          />
        ))}
      </ul>
    </div>
  );
}
