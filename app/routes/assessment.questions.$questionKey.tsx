import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ConflictNotice } from "#app/components/assessment/conflict-notice";
import { MarkdownEditor } from "#app/components/assessment/markdown-editor";
import { ContentHtml } from "#app/components/assessment/content-html";
import { renderContentMarkdown } from "#app/components/assessment/content-markdown.server";
import { LIMITS, oversizeMessage } from "#app/domain/autosave";
import {
  answerState,
  countWords,
  describeWordCount,
  type AnswerState,
} from "#app/domain/word-count";
import { getWrittenAssessment } from "#app/services/assessment/get-written-assessment.server";
import { requireCandidateContext } from "#app/services/candidate-session.server";
import {
  useAutosaveRecord,
  useAutosaveSnapshot,
} from "#app/autosave/use-autosave";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({
  request,
  params,
  context: loadContext,
}: LoaderFunctionArgs) {
  const context = await requireCandidateContext(request, loadContext);
  const written = await getWrittenAssessment(context);
  const index = written.questions.findIndex(
    (q) => q.key === params.questionKey,
  );
  if (index === -1) throw new Response("Not found", { status: 404 });
  const question = written.questions[index];
  return {
    ...written,
    index,
    promptHtml: question ? renderContentMarkdown(question.prompt) : "",
  };
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
type Question = Loaded["questions"][number];

const answerKey = (questionKey: string) => `answer:${questionKey}`;

export default function WrittenQuestion() {
  const data = useLoaderData<typeof loader>();
  const question = data.questions[data.index];
  if (!question) return null;
  const previous = data.questions[data.index - 1];
  const next = data.questions[data.index + 1];
  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <QuestionNav questions={data.questions} current={question.key} />
      <section aria-labelledby="question-title" className="min-w-0">
        <p className="text-sm font-medium text-slate-600">
          Question {data.index + 1} of {data.questions.length}
        </p>
        <h1 id="question-title" className="mt-1 text-2xl font-semibold">
          {question.title}
        </h1>
        <div className="mt-4 rounded-lg border border-slate-200 bg-white px-5 py-3">
          <ContentHtml html={data.promptHtml} />
        </div>
        <div className="mt-6">
          {/* Keyed by question: each answer is its own record with its own revision. */}
          <AnswerEditor
            key={question.key}
            question={question}
            submitted={data.submitted}
          />
        </div>
        <nav
          aria-label="Previous and next question"
          className="mt-8 flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4"
        >
          {previous ? (
            <Link
              to={`/assessment/questions/${previous.key}`}
              className="text-brand-700 underline"
            >
              ← Previous: {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link
              to={`/assessment/questions/${next.key}`}
              className="text-brand-700 underline"
            >
              Next: {next.title} →
            </Link>
          ) : (
            <Link to="/assessment/review" className="text-brand-700 underline">
              {data.submitted
                ? "Your code review →"
                : "On to the code review →"}
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}

const STATE_MARKS: Record<AnswerState, string> = {
  answered: "bg-green-700 text-white",
  short: "border-2 border-amber-600 bg-amber-50 text-amber-950",
  empty: "border border-slate-400 bg-white text-slate-700",
};

/**
 * The list of questions with each one's state. What the candidate typed in this page session
 * (and not yet reloaded) counts too, so the list is right while a save is still on its way.
 */
function QuestionNav({
  questions,
  current,
}: {
  questions: Question[];
  current: string;
}) {
  const snapshot = useAutosaveSnapshot();
  const states = questions.map((question) => {
    const local = snapshot?.records.get(answerKey(question.key))?.value as
      { body: string } | null | undefined;
    const body = local?.body ?? question.answer?.body ?? "";
    const words = countWords(body);
    return { question, words, state: answerState(words, question.words) };
  });
  // "Answered" counts every question with an answer; those short of the suggested length are
  // told apart below it and on each question, never refused.
  const answered = states.filter((s) => s.state !== "empty").length;
  const short = states.filter((s) => s.state === "short").length;
  return (
    <nav
      aria-labelledby="questions-heading"
      className="lg:sticky lg:top-16 lg:self-start"
    >
      <h2 id="questions-heading" className="text-lg font-semibold">
        Written answers
      </h2>
      <p className="mt-1 text-sm text-slate-700" id="questions-progress">
        {answered} of {questions.length} answered
        {short ? `, ${short} short of the suggested length` : ""}
      </p>
      <div
        aria-hidden="true"
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="bg-brand-600 h-full rounded-full transition-all"
          style={{ width: `${(answered / questions.length) * 100}%` }}
        />
      </div>
      <ol className="mt-4 flex flex-col gap-1">
        {states.map(({ question, words, state }, index) => (
          <li key={question.key}>
            <Link
              to={`/assessment/questions/${question.key}`}
              aria-current={question.key === current ? "page" : undefined}
              className={`flex items-start gap-3 rounded-md px-3 py-2 text-sm ${
                question.key === current
                  ? "bg-brand-50 ring-brand-600 font-semibold text-slate-900 ring-1"
                  : "text-slate-800 hover:bg-slate-100"
              }`}
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs ${STATE_MARKS[state]}`}
              >
                {state === "answered" ? "✓" : index + 1}
              </span>
              <span className="flex flex-col">
                <span>{question.title}</span>
                <span
                  className={`text-xs font-normal ${state === "short" ? "text-amber-900" : "text-slate-600"}`}
                >
                  {state === "answered"
                    ? "Answered"
                    : state === "short"
                      ? `Short of the suggested length: ${words} of ${question.words.min}–${question.words.max} words`
                      : "Not answered yet"}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function AnswerEditor({
  question,
  submitted,
}: {
  question: Question;
  submitted: boolean;
}) {
  const autosave = useAutosaveRecord<{ body: string }>({
    key: answerKey(question.key),
    url: `/assessment/answers/${question.key}`,
    server: question.answer
      ? {
          value: { body: question.answer.body },
          revision: question.answer.revision,
          savedAt: question.answer.savedAt,
        }
      : null,
    empty: { body: "" },
  });
  const body = autosave.value.body;
  const record = autosave.record;
  const closed = submitted || record?.phase === "closed";
  const words = countWords(body);
  const oversize = oversizeMessage("answer", body);
  return (
    <div className="flex flex-col gap-4">
      <MarkdownEditor
        id="answer"
        label={submitted ? "Your submitted answer" : "Your answer"}
        value={body}
        onChange={(value) => autosave.update({ body: value })}
        readOnly={closed || !autosave.live}
        rows={16}
        warning={oversize}
        meta={
          <>
            {describeWordCount(words, question.words)} · Markdown works:
            **bold**, _italic_, - lists, `code` · up to{" "}
            {LIMITS.answerCharacters.toLocaleString("en")} characters
          </>
        }
      />
      {record?.phase === "rejected" && record.message && !oversize ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {record.message}
        </p>
      ) : null}
      {record?.phase === "session" ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {record.message}
        </p>
      ) : null}
      {record?.phase === "closed" && !submitted ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {record.message}
        </p>
      ) : null}
      {record?.phase === "conflict" && record.conflict ? (
        <ConflictNotice
          what="answer"
          mine={record.value?.body ?? null}
          theirs={record.conflict.serverValue?.body ?? null}
          theirsSavedAt={record.conflict.serverSavedAt}
          onKeepMine={() => autosave.resolve("mine")}
          onUseTheirs={() => autosave.resolve("theirs")}
        />
      ) : null}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const question = data?.questions[data.index];
  return [
    {
      title: question
        ? `${question.title} · Your assessment · Leadbench`
        : "Your assessment · Leadbench",
    },
  ];
};

export function ErrorBoundary() {
  return <RouteErrorBoundary audience="candidate" />;
}
