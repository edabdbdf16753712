// What the candidate submitted, as a panelist reads it: the written answers beside the
// question and its panelist-only guidance, the review's verdict and summary, and the time
// and paste signals, which are context for the debrief and never a score.
import Markdown from "react-markdown";
import { countWords } from "#app/domain/word-count";
import { SubmittedMarkdown } from "./submitted-markdown";
import { LocalTime } from "../local-time";

export type AnswerView = {
  key: string;
  title: string;
  prompt: string;
  guidance: string;
  criteria: readonly string[];
  words: { min: number; max: number };
  answer: string | null;
};

const contentProse =
  "text-sm leading-6 text-slate-800 [&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_strong]:font-semibold [&_code]:font-mono";

export function WrittenAnswers({
  answers,
  criterionTitles,
}: {
  answers: AnswerView[];
  criterionTitles: Record<string, string>;
}) {
  return (
    <ol className="space-y-4">
      {answers.map((question, index) => {
        const words = question.answer ? countWords(question.answer) : 0;
        return (
          <li
            key={question.key}
            id={`answer-${question.key}`}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <h4 className="font-semibold">
              <span className="text-slate-600">Q{index + 1}.</span>{" "}
              {question.title}
            </h4>
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-slate-700">
                The question as the candidate saw it
              </summary>
              <div className={`mt-1 ${contentProse}`}>
                <Markdown>{question.prompt}</Markdown>
              </div>
            </details>
            <div className="mt-3 border-l-4 border-slate-300 pl-3">
              {question.answer?.trim() ? (
                <SubmittedMarkdown>{question.answer}</SubmittedMarkdown>
              ) : (
                <p className="text-sm text-slate-600 italic">No answer.</p>
              )}
            </div>
            <p className="mt-2 text-xs text-slate-600">
              {words} words (asked for {question.words.min}–{question.words.max}
              ) · Informs:{" "}
              {question.criteria
                .map((key) => criterionTitles[key] ?? key)
                .join("; ")}
            </p>
            <details className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm">
              <summary className="cursor-pointer font-medium text-amber-900">
                Guidance for panelists
              </summary>
              <div className={`mt-1 ${contentProse}`}>
                <Markdown>{question.guidance}</Markdown>
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}

const VERDICT_LABELS = {
  APPROVE: "Approve",
  REQUEST_CHANGES: "Request changes",
  COMMENT: "Comment only",
} as const;

export function PullRequestBrief({
  title,
  description,
  author,
}: {
  title: string;
  description: string;
  author: { name: string; role: string };
}) {
  return (
    <details className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
      <summary className="cursor-pointer">
        <span className="font-medium">{title}</span>{" "}
        <span className="text-slate-600">
          by {author.name}, {author.role}: the pull request as the candidate saw
          it
        </span>
      </summary>
      <div className={`mt-1 ${contentProse}`}>
        <Markdown>{description}</Markdown>
      </div>
    </details>
  );
}

export function ReviewVerdict({
  summary,
}: {
  summary: { verdict: keyof typeof VERDICT_LABELS | null; body: string } | null;
}) {
  return (
    <div
      id="review-summary"
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h4 className="font-semibold">
        Review summary
        <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800">
          {summary?.verdict ? VERDICT_LABELS[summary.verdict] : "No verdict"}
        </span>
      </h4>
      {summary?.body.trim() ? (
        <SubmittedMarkdown className="mt-2">{summary.body}</SubmittedMarkdown>
      ) : (
        <p className="mt-2 text-sm text-slate-600 italic">No summary.</p>
      )}
    </div>
  );
}

export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export function Signals({
  signals,
}: {
  signals: {
    startedAt: Date | null;
    submittedAt: Date;
    activeSeconds: number;
    pasteCount: number;
    pasteCharacters: number;
  };
}) {
  const elapsed = signals.startedAt
    ? (signals.submittedAt.getTime() - signals.startedAt.getTime()) / 1000
    : null;
  return (
    <div className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4">
      <p className="text-sm text-slate-700">
        <span className="font-semibold text-slate-900">
          Context, not a verdict.
        </span>{" "}
        There is no timer: people write elsewhere and paste, take breaks, and
        come back days later. Don't score these numbers; use them only to ask
        better questions in the interview.
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-700">Active time on task</dt>
        <dd>{formatDuration(signals.activeSeconds)}</dd>
        <dt className="text-slate-700">Started to submitted</dt>
        <dd>
          {elapsed === null ? "Not recorded" : formatDuration(elapsed)}{" "}
          <span className="text-slate-600">
            (submitted <LocalTime date={signals.submittedAt} />)
          </span>
        </dd>
        <dt className="text-slate-700">Pasted text</dt>
        <dd>
          {signals.pasteCount === 0
            ? "No pastes recorded"
            : `${signals.pasteCount} ${signals.pasteCount === 1 ? "paste" : "pastes"}, ${signals.pasteCharacters.toLocaleString("en-GB")} characters in all`}
        </dd>
      </dl>
    </div>
  );
}
