// The candidate's PR review replayed for panelists: a read-only Monaco diff of one file with
// the candidate's comments highlighted on their lines and shown inline below them. Loaded
// lazily in the browser only (Monaco touches `window` on import and weighs ~700 KB).
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/diffEditor/register";
import "monaco-editor/languages/definitions/css/register";
import "monaco-editor/languages/definitions/go/register";
import "monaco-editor/languages/definitions/html/register";
import "monaco-editor/languages/definitions/java/register";
import "monaco-editor/languages/definitions/javascript/register";
import "monaco-editor/languages/definitions/markdown/register";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/shell/register";
import "monaco-editor/languages/definitions/sql/register";
import "monaco-editor/languages/definitions/typescript/register";
import "monaco-editor/languages/definitions/yaml/register";
import * as monaco from "monaco-editor/editor/editor.api";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import { useEffect, useRef, useState } from "react";
import type { ReplayComment, ReplayFile } from "./review-replay";
import "./review-replay.css";

// Only the base editor worker: the replay needs diffing, not language services.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const LINE_HEIGHT = 19;

function commentZone(comment: ReplayComment, charsPerLine: number) {
  const node = document.createElement("div");
  node.className = "lb-comment-zone";
  const header = document.createElement("div");
  header.className = "lb-comment-zone-header";
  header.textContent = [
    `C${comment.number}`,
    comment.category,
    comment.severity,
    comment.startLine === comment.endLine
      ? `line ${comment.startLine}`
      : `lines ${comment.startLine}–${comment.endLine}`,
  ]
    .filter(Boolean)
    .join(" · ");
  const body = document.createElement("div");
  body.className = "lb-comment-zone-body";
  // textContent, never innerHTML: this is the candidate's text.
  body.textContent = comment.body;
  node.append(header, body);
  const wrapped = comment.body
    .split("\n")
    .reduce(
      (lines, paragraph) =>
        lines + Math.max(1, Math.ceil(paragraph.length / charsPerLine)),
      0,
    );
  // Capped so a long comment does not push the code off screen; the zone scrolls.
  const lines = Math.min(14, wrapped + 2);
  return { node, heightInPx: lines * LINE_HEIGHT + 8 };
}

export default function ReviewReplayDiff({
  file,
  comments,
  reveal,
}: {
  file: ReplayFile;
  comments: ReplayComment[];
  reveal: { commentId: string; nonce: number } | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [editor, setEditor] =
    useState<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const diff = monaco.editor.createDiffEditor(container.current, {
      readOnly: true,
      originalEditable: false,
      domReadOnly: true,
      // Side by side only when both halves get room, and never for an added or deleted
      // file, where one half would be empty.
      renderSideBySide: file.before !== null && file.after !== null,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 900,
      enableSplitViewResizing: false,
      renderMarginRevertIcon: false,
      renderGutterMenu: false,
      renderOverviewRuler: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      automaticLayout: true,
      fontSize: 13,
      lineHeight: LINE_HEIGHT,
      lineNumbersMinChars: 3,
      glyphMargin: false,
      folding: false,
      contextmenu: false,
    });
    // Set on each side directly: the diff editor's originalAriaLabel / modifiedAriaLabel
    // options do not reach the edit context in 0.57, which leaves it unnamed.
    diff.getOriginalEditor().updateOptions({
      ariaLabel: `${file.path} before the change, read-only`,
    });
    diff
      .getModifiedEditor()
      .updateOptions({ ariaLabel: `${file.path} after the change, read-only` });
    const original = monaco.editor.createModel(
      file.before ?? "",
      file.language,
    );
    const modified = monaco.editor.createModel(file.after ?? "", file.language);
    diff.setModel({ original, modified });
    setEditor(diff);
    return () => {
      setEditor(null);
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [file]);

  useEffect(() => {
    if (!editor) return;
    const cleanups: (() => void)[] = [];
    for (const side of ["before", "after"] as const) {
      const pane =
        side === "after"
          ? editor.getModifiedEditor()
          : editor.getOriginalEditor();
      const own = comments.filter((comment) => comment.side === side);
      const decorations = pane.createDecorationsCollection(
        own.map((comment) => ({
          range: new monaco.Range(comment.startLine, 1, comment.endLine, 1),
          options: {
            isWholeLine: true,
            className: "lb-comment-line",
            linesDecorationsClassName: "lb-comment-gutter",
          },
        })),
      );
      const layout = pane.getLayoutInfo();
      const charWidth = pane.getOption(
        monaco.editor.EditorOption.fontInfo,
      ).typicalHalfwidthCharacterWidth;
      const charsPerLine = Math.max(
        30,
        Math.floor((layout.contentWidth - 24) / charWidth),
      );
      const zoneIds: string[] = [];
      pane.changeViewZones((accessor) => {
        for (const comment of own) {
          const { node, heightInPx } = commentZone(comment, charsPerLine);
          zoneIds.push(
            accessor.addZone({
              afterLineNumber: Math.max(comment.startLine, comment.endLine),
              heightInPx,
              domNode: node,
            }),
          );
        }
      });
      cleanups.push(() => {
        decorations.clear();
        pane.changeViewZones((accessor) =>
          zoneIds.forEach(accessor.removeZone),
        );
      });
    }
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [editor, comments]);

  useEffect(() => {
    if (!editor || !reveal) return;
    const comment = comments.find((c) => c.id === reveal.commentId);
    if (!comment) return;
    const pane =
      comment.side === "after"
        ? editor.getModifiedEditor()
        : editor.getOriginalEditor();
    pane.revealLinesInCenter(comment.startLine, comment.endLine);
  }, [editor, comments, reveal]);

  return <div ref={container} className="h-full w-full" />;
}
