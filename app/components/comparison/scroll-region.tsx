// A wide table or plot that scrolls sideways on narrow screens. It is a named, focusable
// group so a keyboard user can scroll it too (axe: scrollable-region-focusable). It stays
// focusable even when everything fits: whether it overflows depends on the reader's screen
// and on content that loads late, and a missed measurement would strand keyboard users.
import type { ReactNode } from "react";

export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      // A scrolling region is what WCAG 2.1.1 asks to be focusable; the rule below does not
      // know scroll containers.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={`overflow-x-auto ${className}`}
    >
      {children}
    </div>
  );
}
