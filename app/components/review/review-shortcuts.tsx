// The review's keyboard shortcuts and the help that lists them (opened with "?"). The keys
// are read on the window, before Monaco sees them (the editor is read-only, so they type
// nothing there), and never while the candidate types in a field of the page.
import { useEffect, useRef, type RefObject } from "react";

export type ShortcutAction =
  "next-file" | "previous-file" | "next-comment" | "previous-comment" | "help";

/** One list for the handler and for the help, so the two cannot disagree. */
export const REVIEW_SHORTCUTS: {
  key: string;
  action: ShortcutAction;
  label: string;
}[] = [
  { key: "]", action: "next-file", label: "Next file" },
  { key: "[", action: "previous-file", label: "Previous file" },
  { key: "n", action: "next-comment", label: "Next comment" },
  { key: "p", action: "previous-comment", label: "Previous comment" },
  { key: "?", action: "help", label: "Show these shortcuts" },
];

/** Whether a key press belongs to a field the candidate is typing in. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // Monaco's own hidden textarea is read-only here: its keys are ours.
  if (target.closest(".monaco-editor")) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function useReviewShortcuts(
  onAction: (action: ShortcutAction) => void,
): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
      if (event.altKey || typingIn(event.target)) return;
      // A dialog open on the page (this help included) has the keyboard to itself.
      if (document.querySelector("dialog[open]")) return;
      const shortcut = REVIEW_SHORTCUTS.find((s) => s.key === event.key);
      if (!shortcut) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(shortcut.action);
    };
    // Capture: Monaco stops the keys it handles from bubbling.
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, []);
}

/** The shortcuts, for a page that renders this after its own early returns. */
export function ReviewShortcuts({
  onAction,
}: {
  onAction: (action: ShortcutAction) => void;
}) {
  useReviewShortcuts(onAction);
  return null;
}

/**
 * The help, as a modal <dialog>: the browser keeps focus inside it, Esc closes it, and focus
 * goes back to where it was.
 */
export function ShortcutsDialog({
  dialog,
}: {
  dialog: RefObject<HTMLDialogElement>;
}) {
  return (
    // A modal dialog makes the page inert, but Tab past its last control would leave for the
    // browser's own toolbar: it wraps to the first instead, and Shift+Tab the other way.
    <dialog
      ref={dialog}
      onKeyDown={(event) => {
        if (event.key !== "Tab") return;
        const controls = [
          ...event.currentTarget.querySelectorAll<HTMLElement>(
            "button, [href], input, select, textarea, [tabindex]:not([tabindex='-1'])",
          ),
        ];
        const first = controls[0];
        const last = controls[controls.length - 1];
        if (!first || !last) return;
        const active = document.activeElement;
        if (event.shiftKey ? active === first : active === last) {
          event.preventDefault();
          (event.shiftKey ? last : first).focus();
        }
      }}
      aria-labelledby="shortcuts-heading"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-6 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="shortcuts-heading" className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        On the code review, when you are not typing in a field.
      </p>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
        {REVIEW_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 font-mono">
                {shortcut.key}
              </kbd>
            </dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
        <div className="contents">
          <dt>
            <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 font-mono">
              Alt
            </kbd>
            +
            <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 font-mono">
              C
            </kbd>
          </dt>
          <dd>In the code: comment on the selected lines</dd>
        </div>
        <div className="contents">
          <dt>
            <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 font-mono">
              Esc
            </kbd>
          </dt>
          <dd>Close this help</dd>
        </div>
      </dl>
      <form method="dialog" className="mt-6">
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 font-medium text-white"
        >
          Close
        </button>
      </form>
    </dialog>
  );
}
