// The form for writing or editing a review comment. It is also the keyboard and screen-reader
// path: a file and line numbers typed here do what the editor's gutter does, and the lines
// chosen are quoted under the fields so the candidate can check them without the editor.
import { useEffect, useId, useRef, useState } from "react";
import { MarkdownEditor } from "#app/components/assessment/markdown-editor";
import { Button, SelectField } from "#app/components/forms";
import { LIMITS, oversizeMessage } from "#app/domain/autosave";
import {
  DEFECT_CATEGORIES,
  DEFECT_SEVERITIES,
} from "#app/domain/content/constants";
import {
  CATEGORY_LABELS,
  SEVERITY_LABELS,
  anchorProblem,
  commentSide,
  isCategory,
  isSeverity,
  splitLines,
  type CommentValue,
  type ReviewFile,
} from "#app/domain/review";

export type ComposerDraft = {
  mode: "new" | "edit";
  id: string;
  filePath: string;
  /** As typed: the fields are text until the candidate submits. */
  startLine: string;
  endLine: string;
  body: string;
  category: string;
  severity: string;
};

type Errors = Partial<Record<"filePath" | "lines" | "body", string>>;

const MAX_QUOTED_LINES = 12;

function check(
  files: ReviewFile[],
  draft: ComposerDraft,
): { value: CommentValue } | { errors: Errors } {
  const errors: Errors = {};
  const file = files.find((f) => f.path === draft.filePath);
  if (!file) errors.filePath = "Choose a file.";
  const startLine = Number(draft.startLine);
  const endLine =
    draft.endLine.trim() === "" ? startLine : Number(draft.endLine);
  if (file) {
    const problem = anchorProblem(files, {
      filePath: file.path,
      side: commentSide(file),
      startLine,
      endLine,
    });
    if (problem) errors.lines = problem;
  }
  if (!draft.body.trim()) errors.body = "Write your comment.";
  else {
    const oversize = oversizeMessage("comment", draft.body);
    if (oversize) errors.body = oversize;
  }
  if (Object.keys(errors).length || !file) return { errors };
  return {
    value: {
      filePath: file.path,
      side: commentSide(file),
      startLine,
      endLine,
      body: draft.body,
      category: isCategory(draft.category) ? draft.category : null,
      severity: isSeverity(draft.severity) ? draft.severity : null,
    },
  };
}

export function CommentComposer({
  files,
  draft,
  focus,
  onChange,
  onSave,
  onCancel,
}: {
  files: ReviewFile[];
  draft: ComposerDraft;
  /** Where the caret goes when the form opens: lines chosen in the editor skip to the text. */
  focus: { field: "file" | "body"; nonce: number };
  onChange: (draft: ComposerDraft) => void;
  onSave: (id: string, value: CommentValue) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    form.scrollIntoView({ block: "nearest", behavior: "smooth" });
    const target =
      focus.field === "body"
        ? form.querySelector<HTMLTextAreaElement>("textarea")
        : form.querySelector<HTMLSelectElement>("select");
    target?.focus({ preventScroll: true });
  }, [focus.field, focus.nonce]);

  const set = (patch: Partial<ComposerDraft>) =>
    onChange({ ...draft, ...patch });
  const file = files.find((f) => f.path === draft.filePath);
  const source = file ? (file.after ?? file.before ?? "") : "";
  const lines = splitLines(source);
  const start = Number(draft.startLine);
  const end = draft.endLine.trim() === "" ? start : Number(draft.endLine);
  const quotable =
    file &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 1 &&
    end >= start &&
    end <= lines.length;
  const title = draft.mode === "new" ? "New comment" : "Edit comment";

  return (
    <form
      ref={formRef}
      aria-labelledby={`${id}-title`}
      noValidate
      className="border-brand-600 flex flex-col gap-4 rounded-lg border bg-white p-4 shadow-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const result = check(files, draft);
        if ("errors" in result) {
          setErrors(result.errors);
          const first = formRef.current?.querySelector<HTMLElement>(
            "[aria-invalid=true]",
          );
          first?.focus();
          return;
        }
        setErrors({});
        onSave(draft.id, result.value);
      }}
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <SelectField
        label="File"
        name="filePath"
        value={draft.filePath}
        errors={errors.filePath ? [errors.filePath] : undefined}
        onChange={(event) => set({ filePath: event.target.value })}
        options={[
          { value: "", label: "Choose a file" },
          ...files.map((f) => ({
            value: f.path,
            label: `${f.path}${f.after === null ? " (deleted)" : ""}`,
          })),
        ]}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">
          Lines
          {file
            ? ` (1 to ${lines.length} in the ${file.after === null ? "old" : "new"} version)`
            : ""}
        </legend>
        <div className="flex flex-wrap gap-3">
          <label className="flex flex-col gap-1 text-sm">
            From line
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={lines.length || undefined}
              value={draft.startLine}
              onChange={(event) => set({ startLine: event.target.value })}
              aria-invalid={errors.lines ? true : undefined}
              aria-describedby={errors.lines ? `${id}-lines-error` : undefined}
              className="w-28 rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            To line
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={lines.length || undefined}
              value={draft.endLine}
              onChange={(event) => set({ endLine: event.target.value })}
              aria-invalid={errors.lines ? true : undefined}
              aria-describedby={errors.lines ? `${id}-lines-error` : undefined}
              className="w-28 rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
            />
          </label>
        </div>
        {errors.lines ? (
          <p
            id={`${id}-lines-error`}
            role="alert"
            className="text-sm text-red-700"
          >
            {errors.lines}
          </p>
        ) : null}
      </fieldset>
      {quotable ? (
        <figure className="flex flex-col gap-1">
          <figcaption className="text-sm text-slate-700">
            The lines you are commenting on
          </figcaption>
          <pre className="rounded-md bg-slate-100 p-2 text-xs leading-5 break-all whitespace-pre-wrap">
            {lines
              .slice(start - 1, Math.min(end, start - 1 + MAX_QUOTED_LINES))
              .map(
                (line, index) =>
                  `${String(start + index).padStart(4)}  ${line}`,
              )
              .join("\n")}
            {end - start + 1 > MAX_QUOTED_LINES
              ? `\n      … ${end - start + 1 - MAX_QUOTED_LINES} more lines`
              : ""}
          </pre>
        </figure>
      ) : null}
      <MarkdownEditor
        label="Comment"
        value={draft.body}
        onChange={(body) => set({ body })}
        rows={6}
        warning={errors.body ?? null}
        meta={`Markdown works · up to ${LIMITS.commentCharacters.toLocaleString("en")} characters`}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Category (optional)"
          name="category"
          value={draft.category}
          onChange={(event) => set({ category: event.target.value })}
          options={[
            { value: "", label: "None" },
            ...DEFECT_CATEGORIES.map((c) => ({
              value: c,
              label: CATEGORY_LABELS[c],
            })),
          ]}
        />
        <SelectField
          label="Severity (optional)"
          name="severity"
          value={draft.severity}
          onChange={(event) => set({ severity: event.target.value })}
          options={[
            { value: "", label: "None" },
            ...DEFECT_SEVERITIES.map((s) => ({
              value: s,
              label: SEVERITY_LABELS[s],
            })),
          ]}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">
          {draft.mode === "new" ? "Add comment" : "Save comment"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
