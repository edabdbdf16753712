// How the review shows a file's diff: one column for a file that exists on one side only
// (a new file has no "before" worth half the screen), side by side for a changed file when
// the editor is wide enough for two readable panes, inline below that, and the candidate's
// own choice when they made one. Pure, so the rule is tested without Monaco.
import type { FileChange } from "./review";

export type DiffLayout = "one-column" | "side-by-side" | "inline";

/** What the candidate chose on the toggle; "auto" until they choose. */
export type DiffLayoutChoice = "auto" | "side-by-side" | "inline";

/**
 * Below this editor width (CSS px) two panes are each narrower than about 55 columns of
 * 13 px code, and long lines need scrolling in both: inline reads better.
 */
export const SIDE_BY_SIDE_MIN_WIDTH = 900;

export function diffLayout(input: {
  change: FileChange;
  choice: DiffLayoutChoice;
  /** The editor's width in CSS px; 0 when not measured yet. */
  width: number;
}): DiffLayout {
  if (input.change === "added" || input.change === "deleted")
    return "one-column";
  if (input.choice !== "auto") return input.choice;
  return input.width >= SIDE_BY_SIDE_MIN_WIDTH ? "side-by-side" : "inline";
}

export function isDiffLayoutChoice(value: unknown): value is DiffLayoutChoice {
  return value === "auto" || value === "side-by-side" || value === "inline";
}
