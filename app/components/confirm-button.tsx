// A submit button that asks first, in a modal dialog that says what will happen ("the current
// link stops working"): Esc or Cancel keeps everything as it was, and focus goes back to the
// button. Without JavaScript the button submits at once, as a plain button would.
import { useId, useRef, type ReactNode } from "react";
import { Button } from "./forms";

export function ConfirmButton({
  children,
  label,
  title,
  consequence,
  confirm,
  variant = "secondary",
}: {
  children: ReactNode;
  /** The button's accessible name, when its text alone is ambiguous in a table. */
  label?: string;
  title: string;
  /** What confirming does, in one or two sentences. */
  consequence: ReactNode;
  /** The confirming button's text, a verb ("Revoke link"). */
  confirm: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const headingId = useId();
  return (
    <>
      <Button
        type="submit"
        variant={variant}
        aria-label={label}
        aria-haspopup="dialog"
        onClick={(event) => {
          if (!dialog.current) return;
          event.preventDefault();
          opener.current = event.currentTarget;
          dialog.current.showModal();
        }}
      >
        {children}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        onClose={() => opener.current?.focus()}
        className="max-w-md rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-2 text-sm text-slate-700">{consequence}</p>
        <div className="mt-4 flex justify-end gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={() => dialog.current?.close()}
          >
            Cancel
          </Button>
          <Button
            type="button"
            variant={variant === "danger" ? "danger" : "primary"}
            onClick={() => {
              dialog.current?.close();
              opener.current?.form?.requestSubmit(opener.current);
            }}
          >
            {confirm}
          </Button>
        </div>
      </dialog>
    </>
  );
}
