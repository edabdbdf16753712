// Moving through a review by keyboard: the next or previous changed file, and the next or
// previous comment in reading order (file by file as listed, then by line). Pure, so the
// wrap-around and the order are tested without a browser.

export type Direction = 1 | -1;

/** The neighbour of `current` in `items`, wrapping at the ends; the first (or last) when absent. */
export function step<T>(
  items: readonly T[],
  current: T | undefined,
  direction: Direction,
): T | undefined {
  if (items.length === 0) return undefined;
  const index = current === undefined ? -1 : items.indexOf(current);
  if (index === -1) return direction === 1 ? items[0] : items[items.length - 1];
  return items[(index + direction + items.length) % items.length];
}

/** Comments in the order a reader meets them: by the file's place in the list, then by line. */
export function inReadingOrder<
  T extends { filePath: string; startLine: number; endLine: number },
>(comments: readonly T[], filePaths: readonly string[]): T[] {
  const place = (path: string) => {
    const index = filePaths.indexOf(path);
    return index === -1 ? filePaths.length : index;
  };
  return [...comments].sort(
    (a, b) =>
      place(a.filePath) - place(b.filePath) ||
      a.startLine - b.startLine ||
      a.endLine - b.endLine,
  );
}
