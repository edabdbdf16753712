// A wide table or plot that scrolls sideways on narrow screens. While it overflows it is a
// named, focusable group, so a keyboard user can scroll it too (axe:
// scrollable-region-focusable); when everything fits it stays out of the tab order.
import { useEffect, useRef, useState, type ReactNode } from "react";

export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Focusable until measured: the server cannot know the reader's screen width.
  const [overflows, setOverflows] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() =>
      setOverflows(element.scrollWidth > element.clientWidth + 1),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      role="group"
      aria-label={label}
      // A scrolling region is what WCAG 2.1.1 asks to be focusable; the rule below does not
      // know scroll containers.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={overflows ? 0 : undefined}
      className={`overflow-x-auto ${className}`}
    >
      {children}
    </div>
  );
}
