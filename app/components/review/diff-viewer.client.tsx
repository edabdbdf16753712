// The pull request in Monaco's diff editor. Loaded only by the review page, through
// React.lazy after hydration, so no other page downloads Monaco. Monaco is self-hosted from
// the monaco-editor package: only the editor core, the diff editor, find, and the syntax
// colouring of the languages an exercise may use; its one worker is bundled by Vite.
//
// The editor drives monaco directly rather than through @monaco-editor/react: that wrapper's
// DiffEditor swaps the two inner editors' models one by one when the file changes, which
// Monaco's diff editor does not follow; here the pair is swapped with diffEditor.setModel.
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/diffEditor/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/toggleTabFocusMode/register";
import "monaco-editor/languages/definitions/typescript/register";
import "monaco-editor/languages/definitions/javascript/register";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/go/register";
import "monaco-editor/languages/definitions/java/register";
import "monaco-editor/languages/definitions/kotlin/register";
import "monaco-editor/languages/definitions/csharp/register";
import "monaco-editor/languages/definitions/ruby/register";
import "monaco-editor/languages/definitions/php/register";
import "monaco-editor/languages/definitions/rust/register";
import "monaco-editor/languages/definitions/sql/register";
import "monaco-editor/languages/definitions/yaml/register";
import "monaco-editor/languages/definitions/ini/register";
import "monaco-editor/languages/definitions/markdown/register";
import "monaco-editor/languages/definitions/html/register";
import "monaco-editor/languages/definitions/css/register";
import "monaco-editor/languages/definitions/shell/register";
import "monaco-editor/languages/definitions/xml/register";
import "monaco-editor/languages/definitions/dockerfile/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import "./diff-viewer.css";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export type DiffFile = {
  path: string;
  language: string;
  before: string | null;
  after: string | null;
};

export type InlineComment = { id: string; startLine: number; endLine: number };

export type LineRange = { startLine: number; endLine: number };

export type DiffViewerProps = {
  file: DiffFile;
  sideBySide: boolean;
  /** Comments on the current file's after-version, shown under their last line. */
  comments: InlineComment[];
  renderComment: (id: string) => ReactNode;
  /** Lines the candidate is writing a comment on, highlighted until they finish. */
  draftRange: LineRange | null;
  /** Null when comments cannot be added (the attempt is submitted). */
  onAddComment: ((range: LineRange) => void) | null;
  /** Scrolls to a line; a new nonce repeats the jump to the same line. */
  reveal: { line: number; nonce: number } | null;
};

function modelFor(side: "before" | "after", file: DiffFile) {
  const uri = monaco.Uri.parse(`inmemory://pull-request/${side}/${file.path}`);
  // A file on one side only is shown as itself on both sides, so Monaco finds no change and
  // draws one column of code, coloured whole as added or deleted (oneSidedLines below);
  // diffed against an empty model it drew a stray changed "line 1".
  const text =
    (side === "before"
      ? (file.before ?? file.after)
      : (file.after ?? file.before)) ?? "";
  const existing = monaco.editor.getModel(uri);
  if (existing) {
    if (existing.getValue() !== text) existing.setValue(text);
    return existing;
  }
  return monaco.editor.createModel(text, file.language, uri);
}

/** A new or deleted file's lines, coloured whole, since its diff shows no change. */
function oneSidedLines(
  file: DiffFile,
  editor: monaco.editor.ICodeEditor,
): monaco.editor.IModelDeltaDecoration[] {
  if (file.before !== null && file.after !== null) return [];
  const className =
    file.before === null ? "lb-cr-added-line" : "lb-cr-deleted-line";
  const last = lastLine(editor);
  return last
    ? [
        {
          range: new monaco.Range(1, 1, last, 1),
          options: { isWholeLine: true, className },
        },
      ]
    : [];
}

/**
 * The last line a comment may sit on. Monaco shows an empty line after a final newline; the
 * file has no such line (splitLines in app/domain/review.ts), so the server would refuse it.
 */
function lastLine(editor: monaco.editor.ICodeEditor): number {
  const model = editor.getModel();
  if (!model) return 0;
  const count = model.getLineCount();
  return count > 1 && model.getLineContent(count) === "" ? count - 1 : count;
}

/** The lines a new comment covers: the selection if it includes the line, else that line. */
function rangeAt(
  editor: monaco.editor.ICodeEditor,
  line?: number,
): LineRange | null {
  const selection = editor.getSelection();
  let start = line ?? 0;
  let end = line ?? 0;
  if (selection) {
    start = selection.startLineNumber;
    end = selection.endLineNumber;
    // A selection that ends at the very start of a line does not include that line.
    if (end > start && selection.endColumn === 1) end--;
    if (line && (line < start || line > end)) start = end = line;
  }
  const last = lastLine(editor);
  if (start < 1 || start > last) return null;
  return { startLine: start, endLine: Math.min(end, last) };
}

export default function DiffViewer(props: DiffViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] =
    useState<monaco.editor.IStandaloneDiffEditor | null>(null);
  // The latest props for Monaco's callbacks, which are registered once.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (!container.current) return;
    const created = monaco.editor.createDiffEditor(container.current, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: latest.current.sideBySide,
      useInlineViewWhenSpaceIsLimited: false,
      glyphMargin: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      // Long lines wrap rather than run off a narrow pane (a phone, an inline diff).
      wordWrap: "on",
      diffWordWrap: "on",
      fontSize: 13,
      lineHeight: 20,
      renderMarginRevertIcon: false,
      renderOverviewRuler: false,
      // Tab leaves the editor, so a keyboard user is never trapped in it.
      tabFocusMode: true,
      domReadOnly: true,
      fixedOverflowWidgets: true,
    });
    setEditor(created);

    const modified = created.getModifiedEditor();
    const hover = modified.createDecorationsCollection();
    const subscriptions = [
      modified.onMouseMove((event) => {
        const line = event.target.position?.lineNumber;
        if (
          !latest.current.onAddComment ||
          !line ||
          line > lastLine(modified)
        ) {
          hover.clear();
          return;
        }
        hover.set([
          {
            range: new monaco.Range(line, 1, line, 1),
            options: {
              glyphMarginClassName: "lb-cr-add-glyph",
              glyphMarginHoverMessage: { value: "Comment on this line" },
            },
          },
        ]);
      }),
      modified.onMouseLeave(() => hover.clear()),
      modified.onMouseDown((event) => {
        const add = latest.current.onAddComment;
        if (
          !add ||
          event.target.type !==
            monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN
        )
          return;
        const range = rangeAt(modified, event.target.position?.lineNumber);
        if (range) add(range);
      }),
      modified.addAction({
        id: "leadbench.comment-on-selection",
        label: "Comment on the selected lines",
        keybindings: [monaco.KeyMod.Alt | monaco.KeyCode.KeyC],
        run: (target) => {
          const add = latest.current.onAddComment;
          const range = rangeAt(target, target.getPosition()?.lineNumber);
          if (add && range) add(range);
        },
      }),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
      created.dispose();
    };
  }, []);

  const { file, sideBySide, comments, draftRange, reveal } = props;

  useEffect(() => {
    if (!editor) return;
    editor.setModel({
      original: modelFor("before", file),
      modified: modelFor("after", file),
    });
    editor.updateOptions({
      originalAriaLabel: `${file.path}, before the change (read only)`,
      modifiedAriaLabel: `${file.path}, after the change (read only). Press Alt+C to comment on the selected lines.`,
    } as monaco.editor.IDiffEditorOptions);
  }, [editor, file]);

  useEffect(() => {
    editor?.updateOptions({ renderSideBySide: sideBySide });
  }, [editor, sideBySide]);

  // Line highlights and gutter marks for comments and for the comment being written.
  useEffect(() => {
    if (!editor) return;
    const modified = editor.getModifiedEditor();
    const decorations = modified.createDecorationsCollection([
      ...comments.map((comment) => ({
        range: new monaco.Range(comment.startLine, 1, comment.endLine, 1),
        options: {
          isWholeLine: true,
          className: "lb-cr-commented-line",
        },
      })),
      ...comments.map((comment) => ({
        range: new monaco.Range(comment.startLine, 1, comment.startLine, 1),
        options: {
          glyphMarginClassName: "codicon codicon-comment lb-cr-comment-glyph",
        },
      })),
      ...oneSidedLines(file, modified),
      ...(draftRange
        ? [
            {
              range: new monaco.Range(
                draftRange.startLine,
                1,
                draftRange.endLine,
                1,
              ),
              options: { isWholeLine: true, className: "lb-cr-draft-line" },
            },
          ]
        : []),
    ]);
    return () => decorations.clear();
  }, [editor, file, comments, draftRange]);

  // Each comment as a view zone under its last line; React renders into the zone's node and
  // reports the card's height, which the zone then takes.
  const [zones, setZones] = useState<{ id: string; node: HTMLElement }[]>([]);
  const placedZones = useRef(
    new Map<string, { zone: monaco.editor.IViewZone; zoneId: string }>(),
  );
  const zoneKey = comments.map((c) => `${c.id}:${c.endLine}`).join(",");
  useEffect(() => {
    if (!editor) return;
    const modified = editor.getModifiedEditor();
    const placed = placedZones.current;
    modified.changeViewZones((accessor) => {
      for (const comment of latest.current.comments) {
        const node = document.createElement("div");
        node.className = "lb-cr-zone";
        // Keys typed in a zone's buttons belong to them, not to the editor's shortcuts.
        node.addEventListener("keydown", (event) => event.stopPropagation());
        const zone: monaco.editor.IViewZone = {
          afterLineNumber: comment.endLine,
          heightInPx: 80,
          domNode: node,
          suppressMouseDown: true,
        };
        placed.set(comment.id, { zone, zoneId: accessor.addZone(zone) });
      }
    });
    // A zone spans the scrollable width of the code; the card should fit the visible part.
    const fit = () => {
      const { contentWidth, verticalScrollbarWidth } = modified.getLayoutInfo();
      const width = `${Math.max(240, contentWidth - verticalScrollbarWidth - 8)}px`;
      for (const { zone } of placed.values()) zone.domNode.style.width = width;
    };
    fit();
    const layout = modified.onDidLayoutChange(fit);
    setZones(
      [...placed.entries()].map(([id, { zone }]) => ({
        id,
        node: zone.domNode,
      })),
    );
    return () => {
      layout.dispose();
      modified.changeViewZones((accessor) => {
        for (const { zoneId } of placed.values()) accessor.removeZone(zoneId);
      });
      placed.clear();
      setZones([]);
    };
    // zoneKey stands for the comments' ids and end lines, which is all that moves a zone.
  }, [editor, file, zoneKey]);

  const resizeZone = (id: string, height: number) => {
    const placed = placedZones.current.get(id);
    if (!editor || !placed || placed.zone.heightInPx === height) return;
    placed.zone.heightInPx = height;
    editor
      .getModifiedEditor()
      .changeViewZones((accessor) => accessor.layoutZone(placed.zoneId));
  };

  useEffect(() => {
    if (!editor || !reveal) return;
    const modified = editor.getModifiedEditor();
    modified.revealLineInCenter(reveal.line);
    modified.setSelection(new monaco.Range(reveal.line, 1, reveal.line, 1));
  }, [editor, reveal]);

  return (
    <>
      <div ref={container} className="h-full w-full" />
      {zones.map(({ id, node }) =>
        createPortal(
          <ZoneCard onHeight={(height) => resizeZone(id, height)}>
            {props.renderComment(id)}
          </ZoneCard>,
          node,
          id,
        ),
      )}
    </>
  );
}

function ZoneCard({
  onHeight,
  children,
}: {
  onHeight: (height: number) => void;
  children: ReactNode;
}) {
  const card = useRef<HTMLDivElement>(null);
  const report = useRef(onHeight);
  useEffect(() => {
    report.current = onHeight;
  });
  useEffect(() => {
    const element = card.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      // The margin below keeps the card off the next line of code.
      report.current(Math.ceil(element.offsetHeight) + 12),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={card} className="lb-cr-zone-card">
      {children}
    </div>
  );
}
