// One review comment: where it sits, its category and severity, its Markdown body, its save
// state, and the actions on it. The same card shows in the comment list and under its lines
// in the editor.
import { useState } from "react";
import { ConflictNotice } from "#app/components/assessment/conflict-notice";
import { MarkdownPreview } from "#app/components/assessment/markdown-preview";
import {
  CATEGORY_LABELS,
  SEVERITY_LABELS,
  describeLines,
} from "#app/domain/review";
import type { ReviewComment } from "./use-review-comments";

const SEVERITY_STYLES: Record<string, string> = {
  critical: "border-red-300 bg-red-50 text-red-900",
  high: "border-orange-300 bg-orange-50 text-orange-950",
  medium: "border-amber-300 bg-amber-50 text-amber-950",
  low: "border-slate-300 bg-slate-50 text-slate-800",
  nit: "border-slate-300 bg-slate-50 text-slate-800",
};

function CommentSaveNote({ comment }: { comment: ReviewComment }) {
  const record = comment.record;
  if (!record) return null;
  const text = {
    saved: null,
    pending: "Saving…",
    saving: "Saving…",
    offline: "Offline: kept on this device",
    retrying: "Not saved yet: retrying",
    conflict: "Changed in another tab",
    closed: "Not saved: the assessment was submitted",
    rejected: "Not saved",
    session: "Not saved: session ended",
  }[record.phase];
  if (!text) return null;
  const warn = record.phase !== "pending" && record.phase !== "saving";
  return (
    <span
      className={`text-xs ${warn ? "font-medium text-red-800" : "text-slate-600"}`}
    >
      {text}
    </span>
  );
}

export function CommentCard({
  comment,
  headingLevel = 3,
  showLocation,
  onShow,
  onEdit,
  onDelete,
  onResolve,
}: {
  comment: ReviewComment;
  headingLevel?: 3 | 4;
  /** In the list the card names its file and lines; under its lines it need not. */
  showLocation: boolean;
  onShow?: () => void;
  /** Absent once the assessment is submitted. */
  onEdit?: () => void;
  onDelete?: () => void;
  onResolve?: (choice: "mine" | "theirs") => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { value, record } = comment;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const location = `${value.filePath}, ${describeLines(value)}`;
  return (
    <article
      aria-label={`Comment on ${location}`}
      className="rounded-md border border-slate-300 bg-white p-3 text-slate-900 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Heading className="text-sm font-semibold">
          {showLocation ? (
            <>
              <span className="font-mono">{value.filePath}</span>
              <span className="font-normal text-slate-700">
                {" "}
                · {describeLines(value)}
              </span>
            </>
          ) : (
            <>Your comment · {describeLines(value)}</>
          )}
        </Heading>
        {value.category ? (
          <span className="rounded-full border border-slate-300 bg-slate-50 px-2 py-0.5 text-xs text-slate-800">
            {CATEGORY_LABELS[value.category]}
          </span>
        ) : null}
        {value.severity ? (
          <span
            className={`rounded-full border px-2 py-0.5 text-xs ${SEVERITY_STYLES[value.severity] ?? ""}`}
          >
            {SEVERITY_LABELS[value.severity]}
          </span>
        ) : null}
        <CommentSaveNote comment={comment} />
      </div>
      <MarkdownPreview source={value.body} className="text-sm" />
      {record?.phase === "rejected" && record.message ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {record.message}
        </p>
      ) : null}
      {(record?.phase === "session" || record?.phase === "closed") &&
      record.message ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {record.message}
        </p>
      ) : null}
      {record?.phase === "conflict" && record.conflict && onResolve ? (
        <div className="mt-2">
          <ConflictNotice
            what="comment"
            mine={record.value?.body ?? null}
            theirs={record.conflict.serverValue?.body ?? null}
            theirsSavedAt={record.conflict.serverSavedAt}
            onKeepMine={() => onResolve("mine")}
            onUseTheirs={() => onResolve("theirs")}
          />
        </div>
      ) : null}
      {onShow || onEdit || onDelete ? (
        <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          {onShow ? (
            <button
              type="button"
              onClick={onShow}
              className="text-brand-700 underline"
              aria-label={`Show ${location} in the code`}
            >
              Show in code
            </button>
          ) : null}
          {onEdit && !confirming ? (
            <button
              type="button"
              onClick={onEdit}
              className="text-brand-700 underline"
              aria-label={`Edit the comment on ${location}`}
            >
              Edit
            </button>
          ) : null}
          {onDelete && !confirming ? (
            <button
              type="button"
              onClick={() => setConfirming(true)}
              className="text-red-800 underline"
              aria-label={`Delete the comment on ${location}`}
            >
              Delete
            </button>
          ) : null}
          {onDelete && confirming ? (
            <span className="flex flex-wrap items-center gap-2">
              <span className="text-slate-800">Delete this comment?</span>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  onDelete();
                }}
                className="rounded border border-red-700 px-2 py-0.5 text-red-800"
              >
                Yes, delete
              </button>
              <button
                type="button"
                // eslint-disable-next-line jsx-a11y/no-autofocus -- the choice replaces the button that was focused
                autoFocus
                onClick={() => setConfirming(false)}
                className="rounded border border-slate-400 px-2 py-0.5"
              >
                Keep it
              </button>
            </span>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
