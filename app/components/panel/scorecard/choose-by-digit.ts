// The scorecard's keyboard shortcut: keys 1–4 pick the first to fourth radio of the group the
// focused radio belongs to, so a panelist scores a criterion with one key press.
import type { KeyboardEvent } from "react";

export function chooseByDigit(event: KeyboardEvent<HTMLInputElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const index = ["1", "2", "3", "4"].indexOf(event.key);
  const input = event.currentTarget;
  if (index < 0 || !input.form) return;
  const group = Array.from(
    input.form.querySelectorAll<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(input.name)}"]`,
    ),
  );
  const target = group[index];
  if (!target) return;
  event.preventDefault();
  target.focus();
  if (!target.checked) target.click();
}
