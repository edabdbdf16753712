// The current file as plain text with line numbers: the view for screen readers and for
// anyone who prefers it, and the fallback while (or if) the code editor cannot load.
import { useMemo } from "react";
import { diffLines, splitLines } from "#app/domain/review";

export function CodeListing({
  path,
  before,
  after,
  commentedLines,
}: {
  path: string;
  before: string | null;
  after: string | null;
  commentedLines: Set<number>;
}) {
  const { lines, added, version } = useMemo(() => {
    const shown = after ?? before ?? "";
    return {
      lines: splitLines(shown),
      added: after === null ? [] : diffLines(before, after).addedLines,
      version:
        after === null
          ? "before the change (the PR deletes it)"
          : "after the change",
    };
  }, [before, after]);
  return (
    // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
    <div
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={`${path} as plain text`}
      className="h-full overflow-auto bg-white"
    >
      <table className="w-full border-collapse font-mono text-xs leading-5">
        <caption className="sr-only">
          {path}, {version}, with line numbers. Lines the pull request adds or
          changes are marked “added”.
        </caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Change</th>
            <th scope="col">Code</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const number = index + 1;
            const isAdded = added[index] === true;
            return (
              <tr
                key={number}
                className={
                  commentedLines.has(number)
                    ? "bg-yellow-50"
                    : isAdded
                      ? "bg-green-50"
                      : undefined
                }
              >
                <td className="w-12 pr-2 text-right align-top text-slate-600 select-none">
                  {number}
                </td>
                <td className="w-6 text-center align-top text-green-800">
                  {isAdded ? (
                    <>
                      <span aria-hidden="true">+</span>
                      <span className="sr-only">added</span>
                    </>
                  ) : null}
                </td>
                <td className="pr-4 align-top whitespace-pre text-slate-900">
                  {line}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
