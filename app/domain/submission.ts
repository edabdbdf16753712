// What is still open before a candidate submits. Gaps are told, never enforced: a candidate
// may submit with an unanswered or short answer, after confirming they mean to.
import { countWords, wordRangeStatus, type WordRange } from "./word-count";

export type SubmissionInput = {
  questions: { key: string; title: string; words: WordRange }[];
  answers: Record<string, string | undefined>;
  commentCount: number;
  summary: { verdict: string | null; body: string } | null;
};

export type AnswerCheck = {
  key: string;
  title: string;
  words: number;
  suggested: WordRange;
  status: ReturnType<typeof wordRangeStatus>;
};

export type SubmissionChecklist = {
  answers: AnswerCheck[];
  unanswered: AnswerCheck[];
  /** Answered, but under the question's suggested length. */
  short: AnswerCheck[];
  commentCount: number;
  hasVerdict: boolean;
  hasSummaryText: boolean;
  /** Plain sentences, one per gap, in the order the candidate would fix them. */
  gaps: string[];
};

export function submissionChecklist(
  input: SubmissionInput,
): SubmissionChecklist {
  const answers = input.questions.map((question) => {
    const words = countWords(input.answers[question.key] ?? "");
    return {
      key: question.key,
      title: question.title,
      words,
      suggested: question.words,
      status: wordRangeStatus(words, question.words),
    };
  });
  const unanswered = answers.filter((answer) => answer.status === "empty");
  const short = answers.filter((answer) => answer.status === "short");
  const hasVerdict = Boolean(input.summary?.verdict);
  const hasSummaryText = countWords(input.summary?.body ?? "") > 0;
  const gaps = [
    ...unanswered.map((answer) => `“${answer.title}” has no answer yet.`),
    ...short.map(
      (answer) =>
        `“${answer.title}” is short of the suggested length: ${answer.words} ${answer.words === 1 ? "word" : "words"}, suggested ${answer.suggested.min}–${answer.suggested.max}.`,
    ),
    ...(input.commentCount === 0
      ? ["The code review has no comments yet."]
      : []),
    ...(hasVerdict ? [] : ["The code review has no verdict yet."]),
    ...(hasSummaryText ? [] : ["The code review has no summary comment yet."]),
  ];
  return {
    answers,
    unanswered,
    short,
    commentCount: input.commentCount,
    hasVerdict,
    hasSummaryText,
    gaps,
  };
}
