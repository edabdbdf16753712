// Counting the words of a Markdown answer the way a reader would: Markdown's markup (#, *,
// >, list dashes, link targets) is not a word, while "don't", "well-known" and "10x" are one.

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function stripMarkup(markdown: string): string {
  return (
    markdown
      // A link or image counts by its text, not its address.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      // Bare addresses are one thing to a reader, not a dozen.
      .replace(/\bhttps?:\/\/\S+/g, "link")
  );
}

export function countWords(markdown: string): number {
  return stripMarkup(markdown).match(WORD)?.length ?? 0;
}

/** Whether an answer counts as answered: something a reader could read, not just spaces. */
export function isAnswered(markdown: string): boolean {
  return countWords(markdown) > 0;
}

export type WordRange = { min: number; max: number };

export type WordRangeStatus = "empty" | "short" | "within" | "long";

export function wordRangeStatus(
  words: number,
  range: WordRange,
): WordRangeStatus {
  if (words === 0) return "empty";
  if (words < range.min) return "short";
  if (words > range.max) return "long";
  return "within";
}

/**
 * The three states a candidate sees for an answer. The suggested range is honoured softly: an
 * answer under it is "short" (said, never refused), and one over it still counts as answered.
 */
export type AnswerState = "empty" | "short" | "answered";

export function answerState(words: number, range: WordRange): AnswerState {
  const status = wordRangeStatus(words, range);
  return status === "empty"
    ? "empty"
    : status === "short"
      ? "short"
      : "answered";
}

/** The line under the editor, e.g. "412 words · suggested 350–900". */
export function describeWordCount(words: number, range: WordRange): string {
  const count = `${words.toLocaleString("en")} ${words === 1 ? "word" : "words"}`;
  return `${count} · suggested ${range.min}–${range.max}`;
}
