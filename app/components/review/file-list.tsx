// The pull request's files: the changed ones first, with what changed and how many comments
// each has; the files the PR does not touch stay available as context.
import type { FileChange } from "#app/domain/review";

export type ListedFile = {
  path: string;
  change: FileChange;
  additions: number;
  deletions: number;
};

const CHANGE_LABELS: Record<FileChange, string> = {
  added: "Added",
  modified: "Modified",
  deleted: "Deleted",
  unchanged: "Unchanged",
};

const CHANGE_STYLES: Record<FileChange, string> = {
  added: "bg-green-100 text-green-900",
  modified: "bg-amber-100 text-amber-950",
  deleted: "bg-red-100 text-red-900",
  unchanged: "bg-slate-100 text-slate-800",
};

function FileButton({
  file,
  active,
  comments,
  onSelect,
}: {
  file: ListedFile;
  active: boolean;
  comments: number;
  onSelect: () => void;
}) {
  const name = file.path.slice(file.path.lastIndexOf("/") + 1);
  const folder = file.path.slice(0, file.path.lastIndexOf("/") + 1);
  return (
    <button
      type="button"
      onClick={onSelect}
      aria-current={active ? "true" : undefined}
      className={`flex w-full flex-col items-start gap-0.5 rounded-md px-2 py-1.5 text-left text-sm ${
        active
          ? "bg-brand-50 ring-brand-600 text-slate-950 ring-1"
          : "text-slate-800 hover:bg-slate-100"
      }`}
    >
      <span className="w-full truncate font-mono text-xs">
        <span className="text-slate-600">{folder}</span>
        <span className="font-semibold">{name}</span>
      </span>
      <span className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`rounded px-1.5 py-0.5 ${CHANGE_STYLES[file.change]}`}>
          {CHANGE_LABELS[file.change]}
        </span>
        {file.change !== "unchanged" ? (
          <span className="text-slate-700">
            <span className="text-green-800">+{file.additions}</span>{" "}
            <span className="text-red-800">−{file.deletions}</span>
          </span>
        ) : null}
        {comments ? (
          <span className="text-slate-700">
            {comments} {comments === 1 ? "comment" : "comments"}
          </span>
        ) : null}
      </span>
    </button>
  );
}

export function FileList({
  files,
  active,
  commentCounts,
  onSelect,
}: {
  files: ListedFile[];
  active: string;
  commentCounts: Map<string, number>;
  onSelect: (path: string) => void;
}) {
  const changed = files.filter((f) => f.change !== "unchanged");
  const unchanged = files.filter((f) => f.change === "unchanged");
  const activeIsUnchanged = unchanged.some((f) => f.path === active);
  return (
    <nav aria-labelledby="files-heading" className="flex flex-col gap-2">
      <h2 id="files-heading" className="text-base font-semibold">
        Files changed ({changed.length})
      </h2>
      <ul className="flex flex-col gap-1">
        {changed.map((file) => (
          <li key={file.path}>
            <FileButton
              file={file}
              active={file.path === active}
              comments={commentCounts.get(file.path) ?? 0}
              onSelect={() => onSelect(file.path)}
            />
          </li>
        ))}
      </ul>
      {unchanged.length ? (
        <details open={activeIsUnchanged} className="mt-2">
          <summary className="cursor-pointer text-sm text-slate-800">
            Other files in the repository ({unchanged.length})
          </summary>
          <ul className="mt-1 flex flex-col gap-1">
            {unchanged.map((file) => (
              <li key={file.path}>
                <FileButton
                  file={file}
                  active={file.path === active}
                  comments={commentCounts.get(file.path) ?? 0}
                  onSelect={() => onSelect(file.path)}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </nav>
  );
}
