// The PR review as the candidate left it: a file picker, the read-only diff (Monaco, loaded
// after hydration) and the comments as a plain HTML list, which is what keyboard and
// screen-reader users read and what shows before the editor has loaded.
import { lazy, Suspense, useMemo, useRef, useState } from "react";
import { SubmittedMarkdown } from "./submitted-markdown";
import { useHydrated } from "../use-hydrated";

export type ReplayFile = {
  path: string;
  language: string;
  before: string | null;
  after: string | null;
};

export type ReplayComment = {
  id: string;
  number: number;
  filePath: string;
  side: "before" | "after";
  startLine: number;
  endLine: number;
  body: string;
  category: string | null;
  severity: string | null;
};

const ReviewReplayDiff = lazy(() => import("./review-replay.client"));

export function lineRange(start: number, end: number): string {
  const [from, to] = start <= end ? [start, end] : [end, start];
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}

function fileLabel(file: ReplayFile, count: number): string {
  const change =
    file.before === null
      ? "added"
      : file.after === null
        ? "deleted"
        : file.before === file.after
          ? "unchanged"
          : "changed";
  const comments =
    count === 0
      ? "no comments"
      : count === 1
        ? "1 comment"
        : `${count} comments`;
  return `${file.path} (${change}, ${comments})`;
}

function ViewerPlaceholder() {
  return (
    <p className="flex h-full items-center justify-center text-sm text-slate-600">
      Loading the diff viewer…
    </p>
  );
}

export function ReviewReplay({
  files,
  comments,
}: {
  files: ReplayFile[];
  comments: ReplayComment[];
}) {
  const countByFile = useMemo(() => {
    const counts = new Map<string, number>();
    for (const comment of comments)
      counts.set(comment.filePath, (counts.get(comment.filePath) ?? 0) + 1);
    return counts;
  }, [comments]);
  const [path, setPath] = useState(
    () =>
      files.find((file) => countByFile.has(file.path))?.path ??
      files.find((file) => file.before !== file.after)?.path ??
      files[0]?.path ??
      "",
  );
  const [reveal, setReveal] = useState<{
    commentId: string;
    nonce: number;
  } | null>(null);
  const hydrated = useHydrated();
  const viewer = useRef<HTMLDivElement>(null);

  const file = files.find((f) => f.path === path);
  const fileComments = useMemo(
    () => comments.filter((comment) => comment.filePath === path),
    [comments, path],
  );

  function showInDiff(comment: ReplayComment) {
    setPath(comment.filePath);
    // A new nonce each time, so showing the same comment twice scrolls to it again.
    setReveal((current) => ({
      commentId: comment.id,
      nonce: (current?.nonce ?? 0) + 1,
    }));
    viewer.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <label
          htmlFor="replay-file"
          className="text-sm font-medium text-slate-800"
        >
          File
        </label>
        <select
          id="replay-file"
          value={path}
          onChange={(event) => setPath(event.target.value)}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
        >
          {files.map((f) => (
            <option key={f.path} value={f.path}>
              {fileLabel(f, countByFile.get(f.path) ?? 0)}
            </option>
          ))}
        </select>
      </div>
      <div
        ref={viewer}
        className="mt-2 h-[26rem] overflow-hidden rounded-md border border-slate-300 bg-white"
      >
        {hydrated && file ? (
          <Suspense fallback={<ViewerPlaceholder />}>
            <ReviewReplayDiff
              file={file}
              comments={fileComments}
              reveal={reveal}
            />
          </Suspense>
        ) : (
          <ViewerPlaceholder />
        )}
      </div>
      <p className="mt-1 text-xs text-slate-600">
        Removed lines are red, added lines green; side by side when the pane is
        wide enough. Highlighted lines carry a comment, shown below them.
      </p>

      <h4 className="mt-4 text-sm font-semibold text-slate-800">
        All review comments ({comments.length})
      </h4>
      {comments.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          The candidate left no line comments.
        </p>
      ) : (
        <ol className="mt-2 space-y-2">
          {comments.map((comment) => (
            <li
              key={comment.id}
              id={`comment-${comment.number}`}
              className="rounded-md border border-slate-200 bg-white p-3"
            >
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-xs text-slate-700">
                <span className="font-semibold text-slate-900">
                  C{comment.number}
                </span>
                <span className="font-mono">{comment.filePath}</span>
                <span>
                  {lineRange(comment.startLine, comment.endLine)}
                  {comment.side === "before" ? " (before the change)" : ""}
                </span>
                {comment.category ? (
                  <span className="rounded bg-slate-100 px-1.5 py-0.5">
                    {comment.category}
                  </span>
                ) : null}
                {comment.severity ? (
                  <span className="rounded bg-slate-100 px-1.5 py-0.5">
                    {comment.severity}
                  </span>
                ) : null}
                <button
                  type="button"
                  onClick={() => showInDiff(comment)}
                  className="text-brand-700 ml-auto rounded px-1 underline"
                >
                  Show in diff
                  <span className="sr-only"> (comment C{comment.number})</span>
                </button>
              </div>
              <SubmittedMarkdown className="mt-1">
                {comment.body}
              </SubmittedMarkdown>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
