// A Markdown text area with a preview and a line of counts under it. The text area stays in
// the page while the preview shows, so its label, its value and the caret are never lost.
import { useId, useState, type ReactNode } from "react";
import { MarkdownPreview } from "./markdown-preview";

export function MarkdownEditor({
  id: givenId,
  label,
  labelHidden = false,
  value,
  onChange,
  readOnly = false,
  rows = 14,
  meta,
  warning,
  placeholder,
}: {
  id?: string;
  label: string;
  /** For a field whose heading already says what it is: the label is read, not shown. */
  labelHidden?: boolean;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
  rows?: number;
  /** The line under the field: word count, limits, Markdown hint. */
  meta?: ReactNode;
  /** A problem with the text (over the limit), announced with the field. */
  warning?: string | null;
  placeholder?: string;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const [mode, setMode] = useState<"write" | "preview">("write");
  const describedBy = [meta ? `${id}-meta` : "", warning ? `${id}-warning` : ""]
    .filter(Boolean)
    .join(" ");
  const tab = (target: "write" | "preview", text: string) => (
    <button
      type="button"
      aria-pressed={mode === target}
      onClick={() => setMode(target)}
      className={`rounded px-3 py-1 text-sm ${
        mode === target
          ? "bg-white font-medium text-slate-900 shadow-sm"
          : "text-slate-700 hover:text-slate-950"
      }`}
    >
      {text}
    </button>
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label
          htmlFor={id}
          className={
            labelHidden ? "sr-only" : "text-sm font-medium text-slate-800"
          }
        >
          {label}
        </label>
        <div
          role="group"
          aria-label={`${label}: write or preview`}
          className="ml-auto flex gap-1 rounded-md bg-slate-100 p-1"
        >
          {tab("write", readOnly ? "Text" : "Write")}
          {tab("preview", "Preview")}
        </div>
      </div>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        readOnly={readOnly}
        hidden={mode === "preview"}
        rows={rows}
        spellCheck
        placeholder={placeholder}
        aria-describedby={describedBy || undefined}
        aria-invalid={warning ? true : undefined}
        className={`w-full resize-y rounded-md border px-3 py-2 font-mono text-[0.95rem] leading-relaxed shadow-sm ${
          readOnly
            ? "border-slate-300 bg-slate-50 text-slate-800"
            : "border-slate-400 bg-white text-slate-900"
        } aria-[invalid=true]:border-red-600`}
      />
      {mode === "preview" ? (
        <section
          aria-label={`${label}: preview`}
          className="min-h-32 rounded-md border border-slate-300 bg-white px-4 py-2"
        >
          {value.trim() ? (
            <MarkdownPreview source={value} />
          ) : (
            <p className="my-2 text-slate-600">Nothing to preview yet.</p>
          )}
        </section>
      ) : null}
      {warning ? (
        <p id={`${id}-warning`} className="text-sm text-red-700">
          {warning}
        </p>
      ) : null}
      {meta ? (
        <p id={`${id}-meta`} className="text-sm text-slate-600">
          {meta}
        </p>
      ) : null}
    </div>
  );
}
