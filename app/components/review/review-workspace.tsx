// The PR-review step: the pull request's description, its files, the diff in Monaco (loaded
// lazily, after hydration) or as plain text, the candidate's comments and their summary.
import {
  Component,
  Suspense,
  lazy,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from "react";
import { ContentHtml } from "#app/components/assessment/content-html";
import { Button } from "#app/components/forms";
import {
  describeLines,
  type CommentValue,
  type FileChange,
  type ReviewFile,
  type ReviewVerdictKey,
} from "#app/domain/review";
import { useAutosaveStore } from "#app/autosave/use-autosave";
import { useHydrated } from "#app/components/use-hydrated";
import {
  diffLayout,
  isDiffLayoutChoice,
  type DiffLayoutChoice,
} from "#app/domain/diff-layout";
import { useDeviceDraft } from "#app/utils/use-device-draft";
import { CodeListing } from "./code-listing";
import { CommentCard } from "./comment-card";
import { CommentComposer, type ComposerDraft } from "./comment-composer";
import type { LineRange } from "./diff-viewer.client";
import { FileList } from "./file-list";
import { SummaryForm } from "./summary-form";
import {
  ReviewShortcuts,
  ShortcutsDialog,
  type ShortcutAction,
} from "./review-shortcuts";
import { inReadingOrder, step } from "#app/domain/review-navigation";
import {
  commentKey,
  commentUrl,
  newCommentId,
  useReviewComments,
  type ReviewComment,
  type ServerComment,
} from "./use-review-comments";

const DiffViewer = lazy(() => import("./diff-viewer.client"));

export type WorkspaceFile = ReviewFile & {
  change: FileChange;
  additions: number;
  deletions: number;
};

export type WorkspaceData = {
  submitted: boolean;
  /** The PR description, rendered on the server. */
  descriptionHtml: string;
  pullRequest: {
    title: string;
    description: string;
    author: { name: string; role: string };
    files: WorkspaceFile[];
  };
  comments: ServerComment[];
  summary: {
    verdict: ReviewVerdictKey | null;
    body: string;
    revision: number;
  } | null;
};

/** If Monaco fails to load, the plain-text view takes its place and commenting still works. */
class EditorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function ReviewWorkspace({
  data,
  attemptId,
}: {
  data: WorkspaceData;
  attemptId: string;
}) {
  const hydrated = useHydrated();
  const store = useAutosaveStore();
  const comments = useReviewComments(data.comments);
  const files = data.pullRequest.files;
  const changed = files.filter((f) => f.change !== "unchanged");
  const [activePath, setActivePath] = useState(
    (changed[0] ?? files[0])?.path ?? "",
  );
  const active = files.find((f) => f.path === activePath) ?? files[0];
  // The candidate's layout choice, remembered on this device for every review.
  const [storedChoice, setChoice] = useDeviceDraft<DiffLayoutChoice>(
    "lb:review:diff-layout",
    "auto",
  );
  const choice = isDiffLayoutChoice(storedChoice) ? storedChoice : "auto";
  const editorBox = useRef<HTMLDivElement>(null);
  const editorWidth = useElementWidth(editorBox);
  const [view, setView] = useState<"editor" | "text">("editor");
  const [reveal, setReveal] = useState<{ line: number; nonce: number } | null>(
    null,
  );
  const [composer, setComposer] = useDeviceDraft<ComposerDraft | null>(
    `lb:autosave:${attemptId}:composer`,
    null,
  );
  const [focus, setFocus] = useState<{ field: "file" | "body"; nonce: number }>(
    { field: "file", nonce: 0 },
  );
  const [announcement, setAnnouncement] = useState("");
  // The comment the next/previous-comment keys last moved to.
  const [shownComment, setShownComment] = useState<string | null>(null);
  const codeRegion = useRef<HTMLElement>(null);
  const shortcutsHelp = useRef<HTMLDialogElement>(null);
  const editable = !data.submitted && store !== null && hydrated;

  const commentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const comment of comments)
      counts.set(
        comment.value.filePath,
        (counts.get(comment.value.filePath) ?? 0) + 1,
      );
    return counts;
  }, [comments]);

  const activeComments = useMemo(
    () => comments.filter((c) => c.value.filePath === active?.path),
    [comments, active?.path],
  );
  const inlineComments = useMemo(
    () =>
      activeComments.map((c) => ({
        id: c.id,
        startLine: c.value.startLine,
        endLine: c.value.endLine,
      })),
    [activeComments],
  );
  const commentedLines = useMemo(() => {
    const lines = new Set<number>();
    for (const c of activeComments)
      for (let line = c.value.startLine; line <= c.value.endLine; line++)
        lines.add(line);
    return lines;
  }, [activeComments]);

  if (!active) return <p>This pull request has no files.</p>;
  const layout = diffLayout({
    change: active.change,
    choice,
    width: editorWidth,
  });

  const openComposer = (draft: ComposerDraft, field: "file" | "body") => {
    setComposer(draft);
    setFocus((previous) => ({ field, nonce: previous.nonce + 1 }));
  };

  const startComment = (range: LineRange | null) => {
    // A comment already being written keeps its text when the candidate picks other lines.
    const keep = composer?.mode === "new" ? composer : null;
    openComposer(
      {
        mode: "new",
        id: keep?.id ?? newCommentId(),
        filePath: range ? active.path : (keep?.filePath ?? active.path),
        startLine: range ? String(range.startLine) : (keep?.startLine ?? ""),
        endLine: range ? String(range.endLine) : (keep?.endLine ?? ""),
        body: keep?.body ?? "",
        category: keep?.category ?? "",
        severity: keep?.severity ?? "",
      },
      range ? "body" : "file",
    );
  };

  const editComment = (comment: ReviewComment) =>
    openComposer(
      {
        mode: "edit",
        id: comment.id,
        filePath: comment.value.filePath,
        startLine: String(comment.value.startLine),
        endLine: String(comment.value.endLine),
        body: comment.value.body,
        category: comment.value.category ?? "",
        severity: comment.value.severity ?? "",
      },
      "body",
    );

  const saveComment = (id: string, value: CommentValue) => {
    const mode = composer?.mode;
    store?.update(commentKey(id), commentUrl(id), value);
    setComposer(null);
    setActivePath(value.filePath);
    setAnnouncement(
      `${mode === "edit" ? "Comment saved" : "Comment added"} on ${value.filePath}, ${describeLines(value)}.`,
    );
  };

  const deleteComment = (comment: ReviewComment) => {
    store?.remove(comment.key);
    if (composer?.id === comment.id) setComposer(null);
    setAnnouncement(
      `Comment on ${comment.value.filePath}, ${describeLines(comment.value)} deleted.`,
    );
  };

  const showComment = (comment: ReviewComment) => {
    setActivePath(comment.value.filePath);
    setReveal((previous) => ({
      line: comment.value.startLine,
      nonce: (previous?.nonce ?? 0) + 1,
    }));
    codeRegion.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  };

  const onShortcut = (action: ShortcutAction) => {
    if (action === "help") {
      shortcutsHelp.current?.showModal();
      return;
    }
    if (action === "next-file" || action === "previous-file") {
      const paths = changed.map((f) => f.path);
      const path = step(paths, active.path, action === "next-file" ? 1 : -1);
      if (!path) return;
      setActivePath(path);
      setAnnouncement(
        `File ${paths.indexOf(path) + 1} of ${paths.length}: ${path}.`,
      );
      return;
    }
    const ordered = inReadingOrder(
      comments.map((c) => ({ ...c.value, comment: c })),
      files.map((f) => f.path),
    );
    const current = ordered.find((c) => c.comment.id === shownComment);
    const next = step(ordered, current, action === "next-comment" ? 1 : -1);
    if (!next) {
      setAnnouncement("No comments yet.");
      return;
    }
    setShownComment(next.comment.id);
    showComment(next.comment);
    setAnnouncement(
      `Comment ${ordered.indexOf(next) + 1} of ${ordered.length}: ${next.filePath}, ${describeLines(next)}.`,
    );
  };

  const card = (comment: ReviewComment, inList: boolean) => (
    <CommentCard
      comment={comment}
      headingLevel={inList ? 3 : 4}
      showLocation={inList}
      onShow={inList ? () => showComment(comment) : undefined}
      onEdit={editable ? () => editComment(comment) : undefined}
      onDelete={editable ? () => deleteComment(comment) : undefined}
      onResolve={
        editable ? (choice) => store?.resolve(comment.key, choice) : undefined
      }
    />
  );

  const draftRange =
    composer &&
    composer.filePath === active.path &&
    Number(composer.startLine) >= 1
      ? {
          startLine: Number(composer.startLine),
          endLine: Math.max(
            Number(composer.startLine),
            Number(composer.endLine) || Number(composer.startLine),
          ),
        }
      : null;

  const listing = (
    <CodeListing
      path={active.path}
      before={active.before}
      after={active.after}
      commentedLines={commentedLines}
    />
  );

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-slate-700">
          Pull request by {data.pullRequest.author.name} (
          {data.pullRequest.author.role})
        </p>
        <h1 className="text-2xl font-semibold">{data.pullRequest.title}</h1>
        {/* Closed at first so the code starts on the first screen of a laptop; one click
            (or Enter) opens what the author wrote. */}
        <details className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-800">
            The author’s description: what the pull request does and how to test
            it
          </summary>
          <div className="border-t border-slate-200 px-4 py-2">
            <ContentHtml html={data.descriptionHtml} />
          </div>
        </details>
        {editable ? (
          <div className="rounded-md border border-slate-200 bg-slate-100 px-4 py-3 text-sm text-slate-800">
            <p>
              Review it as you would a colleague’s pull request. To comment,
              click <span className="font-semibold">+</span> beside a line in
              the new version, or select lines and press{" "}
              <kbd className="rounded border border-slate-400 bg-white px-1 font-mono text-xs">
                Alt
              </kbd>
              +
              <kbd className="rounded border border-slate-400 bg-white px-1 font-mono text-xs">
                C
              </kbd>
              . You can also use{" "}
              <span className="font-semibold">Add a comment</span> and type a
              file and line numbers. When you are done, give a verdict and a
              summary below.
            </p>
          </div>
        ) : (
          <p className="rounded-md border border-slate-200 bg-slate-100 px-4 py-3 text-sm text-slate-800">
            Your assessment is submitted: this is your review as you sent it.
          </p>
        )}
      </header>

      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside className="lg:sticky lg:top-16 lg:self-start">
          <FileList
            files={files}
            active={active.path}
            commentCounts={commentCounts}
            onSelect={(path) => setActivePath(path)}
          />
        </aside>

        <div className="flex min-w-0 flex-col gap-6">
          <section
            ref={codeRegion}
            aria-labelledby="code-heading"
            className="flex min-w-0 flex-col gap-2"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="code-heading" className="font-mono text-sm font-semibold">
                <span className="sr-only">Code: </span>
                {active.path}
              </h2>
              <div className="flex flex-wrap items-center gap-2">
                <div
                  role="group"
                  aria-label="Code view"
                  className="flex gap-1 rounded-md bg-slate-100 p-1"
                >
                  <ToggleButton
                    pressed={view === "editor" && layout === "side-by-side"}
                    disabled={layout === "one-column"}
                    onClick={() => {
                      setView("editor");
                      setChoice("side-by-side");
                    }}
                  >
                    Side by side
                  </ToggleButton>
                  <ToggleButton
                    pressed={view === "editor" && layout === "inline"}
                    disabled={layout === "one-column"}
                    onClick={() => {
                      setView("editor");
                      setChoice("inline");
                    }}
                  >
                    Inline
                  </ToggleButton>
                  <ToggleButton
                    pressed={view === "text"}
                    onClick={() => setView("text")}
                  >
                    Plain text
                  </ToggleButton>
                </div>
                <button
                  type="button"
                  className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 hover:border-slate-400"
                  onClick={() => shortcutsHelp.current?.showModal()}
                  aria-keyshortcuts="?"
                >
                  Shortcuts{" "}
                  <kbd className="font-mono text-xs" aria-hidden="true">
                    ?
                  </kbd>
                </button>
                {editable ? (
                  <Button type="button" onClick={() => startComment(null)}>
                    Add a comment
                  </Button>
                ) : null}
              </div>
            </div>
            {layout === "one-column" ? (
              <p className="text-sm text-slate-700">
                {active.change === "added"
                  ? "A new file: shown in one column."
                  : "A deleted file: shown in one column."}
              </p>
            ) : null}
            <div
              ref={editorBox}
              className="focus-within:ring-brand-600 h-[65vh] min-h-96 overflow-hidden rounded-md border border-slate-300 bg-white focus-within:ring-2 focus-within:ring-offset-2"
            >
              {view === "editor" && hydrated ? (
                <EditorBoundary fallback={listing}>
                  <Suspense
                    fallback={
                      <p className="p-4 text-sm text-slate-700" role="status">
                        Loading the code editor…
                      </p>
                    }
                  >
                    <DiffViewer
                      file={active}
                      sideBySide={layout === "side-by-side"}
                      comments={inlineComments}
                      renderComment={(id) => {
                        const comment = activeComments.find((c) => c.id === id);
                        return comment ? card(comment, false) : null;
                      }}
                      draftRange={draftRange}
                      onAddComment={
                        editable && active.after !== null ? startComment : null
                      }
                      reveal={reveal}
                    />
                  </Suspense>
                </EditorBoundary>
              ) : (
                listing
              )}
            </div>
          </section>

          {composer && editable ? (
            <CommentComposer
              files={files}
              draft={composer}
              focus={focus}
              onChange={setComposer}
              onSave={saveComment}
              onCancel={() => setComposer(null)}
            />
          ) : null}
          <div className="grid items-start gap-6 xl:grid-cols-2">
            <section
              aria-labelledby="comments-heading"
              className="flex flex-col gap-3"
            >
              <h2 id="comments-heading" className="text-lg font-semibold">
                Your comments ({comments.length})
              </h2>
              {comments.length === 0 ? (
                <p className="text-sm text-slate-700">
                  No comments yet. They appear here and under their lines in the
                  code.
                </p>
              ) : (
                <ul className="flex flex-col gap-3">
                  {comments.map((comment) => (
                    <li key={comment.id}>{card(comment, true)}</li>
                  ))}
                </ul>
              )}
            </section>
            <SummaryForm server={data.summary} submitted={data.submitted} />
          </div>
        </div>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <ReviewShortcuts onAction={onShortcut} />
      <ShortcutsDialog dialog={shortcutsHelp} />
    </div>
  );
}

/** The element's width in CSS px, followed as it changes; 0 before it is measured. */
function useElementWidth(element: RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.round(entry?.contentRect.width ?? 0)),
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

function ToggleButton({
  pressed,
  disabled = false,
  onClick,
  children,
}: {
  pressed: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className={`rounded px-3 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-50 ${
        pressed
          ? "bg-white font-medium text-slate-900 shadow-sm"
          : "text-slate-700 hover:text-slate-950"
      }`}
    >
      {children}
    </button>
  );
}
