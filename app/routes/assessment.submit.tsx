import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { LocalTime } from "#app/components/local-time";
import { redirect } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useSubmit,
} from "@remix-run/react";
import { useState } from "react";
import { getFormProps, getInputProps } from "@conform-to/react";
import { MarkdownPreview } from "#app/components/assessment/markdown-preview";
import { Button, FormError, useSchemaForm } from "#app/components/forms";
import { SubmitAssessmentSchema } from "#app/domain/forms/assessment";
import {
  CATEGORY_LABELS,
  SEVERITY_LABELS,
  describeLines,
  isCategory,
  isSeverity,
  verdictLabel,
} from "#app/domain/review";
import { submitAttempt } from "#app/services/assessment/submit-attempt.server";
import { getSubmissionOverview } from "#app/services/assessment/get-submission-overview.server";
import { requireCandidateContext } from "#app/services/candidate-session.server";
import {
  parseSubmission,
  readForm,
  rejectSubmission,
  rejectWithError,
} from "#app/services/form-submission.server";
import { useAutosaveStore } from "#app/autosave/use-autosave";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({
  request,
  context: loadContext,
}: LoaderFunctionArgs) {
  const context = await requireCandidateContext(request, loadContext);
  return getSubmissionOverview(context);
}

export async function action({ request }: ActionFunctionArgs) {
  const context = await requireCandidateContext(request);
  const submission = parseSubmission(
    await readForm(request),
    SubmitAssessmentSchema,
  );
  if (submission.status !== "success")
    return rejectSubmission("submit-assessment", submission);
  try {
    // Submitting twice (a double click, a resent form) answers the first submission.
    await submitAttempt(context);
  } catch (error) {
    return rejectWithError("submit-assessment", submission, error);
  }
  throw redirect("/assessment");
}

type Overview = ReturnType<typeof useLoaderData<typeof loader>>;

export default function ReviewAndSubmit() {
  const overview = useLoaderData<typeof loader>();
  return overview.submittedAt ? (
    <Submitted overview={overview} />
  ) : (
    <BeforeSubmitting overview={overview} />
  );
}

function BeforeSubmitting({ overview }: { overview: Overview }) {
  const reply = useActionData<typeof action>();
  const [form, fields] = useSchemaForm(SubmitAssessmentSchema, {
    id: "submit-assessment",
    lastResult: reply?.result,
  });
  const { onSubmit: validate, ...formProps } = getFormProps(form);
  const { key: confirmKey, ...confirm } = getInputProps(fields.confirm, {
    type: "checkbox",
    value: "yes",
    ariaAttributes: false,
  });
  const store = useAutosaveStore();
  const submit = useSubmit();
  const navigation = useNavigation();
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  // Short or empty answers are asked about once, on the first submit; the second goes through.
  const [askedAboutAnswers, setAskedAboutAnswers] = useState(false);
  const { checklist } = overview;
  const thinAnswers = [...checklist.unanswered, ...checklist.short];
  const busy = checking || navigation.state !== "idle";
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Review and submit</h1>
        <p className="mt-2 text-slate-700">
          Check what you are about to send. Once you submit, your answers and
          your review can no longer be changed.
        </p>
      </div>

      {checklist.gaps.length ? (
        <section
          aria-labelledby="gaps-heading"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <h2 id="gaps-heading" className="font-semibold text-amber-950">
            Still open
          </h2>
          <ul className="mt-2 list-disc pl-6 text-amber-950">
            {checklist.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-amber-950">
            You can still submit: the suggested lengths are a guide, and an
            empty part is read as left blank.
          </p>
        </section>
      ) : (
        <p className="rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
          Every question has an answer of the suggested length, and your review
          has comments, a verdict and a summary.
        </p>
      )}

      <section
        aria-labelledby="answers-heading"
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id="answers-heading" className="text-lg font-semibold">
          Written answers
        </h2>
        <ul className="mt-3 divide-y divide-slate-200">
          {checklist.answers.map((answer) => (
            <li
              key={answer.key}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
            >
              <span>{answer.title}</span>
              <span className="flex items-center gap-3 text-sm">
                <span
                  className={
                    answer.status === "empty" || answer.status === "short"
                      ? "font-medium text-amber-900"
                      : "text-slate-700"
                  }
                >
                  {answer.status === "empty"
                    ? "Not answered"
                    : `${answer.words} ${answer.words === 1 ? "word" : "words"}${
                        answer.status === "short"
                          ? `, short of the suggested ${answer.suggested.min}–${answer.suggested.max}`
                          : ""
                      }`}
                </span>
                <Link
                  to={`/assessment/questions/${answer.key}`}
                  className="text-brand-700 underline"
                  aria-label={`${answer.status === "empty" ? "Answer" : "Edit"}: ${answer.title}`}
                >
                  {answer.status === "empty" ? "Answer" : "Edit"}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="review-heading"
        className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id="review-heading" className="text-lg font-semibold">
          Code review: {overview.exerciseTitle}
        </h2>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-700">Comments</dt>
          <dd>{checklist.commentCount}</dd>
          <dt className="text-slate-700">Verdict</dt>
          <dd>{verdictLabel(overview.summary?.verdict)}</dd>
          <dt className="text-slate-700">Summary comment</dt>
          <dd>{checklist.hasSummaryText ? "Written" : "Not written"}</dd>
        </dl>
        <p className="mt-3">
          <Link to="/assessment/review" className="text-brand-700 underline">
            Go to the code review
          </Link>
        </p>
      </section>

      <Form
        method="post"
        {...formProps}
        className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5 shadow-sm"
        onSubmit={async (event) => {
          validate(event);
          if (event.defaultPrevented) return;
          event.preventDefault();
          const form = event.currentTarget;
          setSaveProblem(null);
          if (thinAnswers.length && !askedAboutAnswers) {
            setAskedAboutAnswers(true);
            return;
          }
          if (store) {
            // Everything typed must be on the server before the attempt closes, or it is lost.
            setChecking(true);
            await store.flushAll();
            setChecking(false);
            const unsaved = store.unsaved();
            if (unsaved.length) {
              setSaveProblem(
                `${unsaved.length === 1 ? "One change is" : `${unsaved.length} changes are`} not saved yet (you may be offline, or a version conflict is waiting for your choice). Your text is safe on this device. Once the status at the top says “Saved”, submit again.`,
              );
              return;
            }
          }
          submit(form);
        }}
      >
        <h2 className="text-lg font-semibold">Submit your assessment</h2>
        <FormError errors={form.errors} />
        {saveProblem ? (
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
          >
            {saveProblem}
          </p>
        ) : null}
        <FormError errors={fields.confirm.errors} />
        <label className="flex items-start gap-2">
          <input
            key={confirmKey}
            {...confirm}
            className="mt-1 size-4"
            aria-invalid={fields.confirm.errors ? true : undefined}
          />
          <span>
            I have finished. Submit my answers and my review; I understand I
            cannot change them afterwards.
          </span>
        </label>
        {askedAboutAnswers ? (
          <div
            role="alert"
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          >
            <p>
              {thinAnswers.length === 1
                ? "One answer is"
                : `${thinAnswers.length} answers are`}{" "}
              short of the suggested length or empty:{" "}
              {thinAnswers.map((answer) => answer.title).join(", ")}. Submit
              anyway, or go back and add to{" "}
              {thinAnswers.length === 1 ? "it" : "them"} first.
            </p>
          </div>
        ) : null}
        <div>
          <Button type="submit" disabled={busy}>
            {busy
              ? "Submitting…"
              : askedAboutAnswers
                ? "Submit anyway"
                : "Submit my assessment"}
          </Button>
        </div>
      </Form>
    </div>
  );
}

function Submitted({ overview }: { overview: Overview }) {
  const submittedAt = overview.submittedAt ? (
    <LocalTime date={overview.submittedAt} />
  ) : null;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Your submission</h1>
        <p className="mt-2 text-slate-700">
          Submitted on {submittedAt}. This is what the hiring team receives; it
          can no longer be changed.
        </p>
      </div>
      <section
        aria-labelledby="answers-heading"
        className="flex flex-col gap-4"
      >
        <h2 id="answers-heading" className="text-lg font-semibold">
          Written answers
        </h2>
        {overview.answers.map((answer) => (
          <article
            key={answer.key}
            aria-labelledby={`answer-${answer.key}`}
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h3 id={`answer-${answer.key}`} className="font-semibold">
              {answer.title}
            </h3>
            {answer.body.trim() ? (
              <MarkdownPreview source={answer.body} />
            ) : (
              <p className="mt-2 text-slate-600">Not answered.</p>
            )}
          </article>
        ))}
      </section>
      <section aria-labelledby="review-heading" className="flex flex-col gap-4">
        <h2 id="review-heading" className="text-lg font-semibold">
          Code review: {overview.exerciseTitle}
        </h2>
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h3 className="font-semibold">
            Verdict: {verdictLabel(overview.summary?.verdict)}
          </h3>
          {overview.summary?.body.trim() ? (
            <MarkdownPreview source={overview.summary.body} />
          ) : (
            <p className="mt-2 text-slate-600">No summary comment.</p>
          )}
        </div>
        {overview.comments.length ? (
          <ul className="flex flex-col gap-3">
            {overview.comments.map((comment) => (
              <li
                key={comment.id}
                className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              >
                <h3 className="text-sm font-semibold">
                  <span className="font-mono">{comment.filePath}</span>
                  <span className="font-normal text-slate-700">
                    {" "}
                    · {describeLines(comment)}
                  </span>
                  {isCategory(comment.category)
                    ? ` · ${CATEGORY_LABELS[comment.category]}`
                    : ""}
                  {isSeverity(comment.severity)
                    ? ` · ${SEVERITY_LABELS[comment.severity]}`
                    : ""}
                </h3>
                <MarkdownPreview source={comment.body} className="text-sm" />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No review comments.</p>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [
  { title: "Review and submit · Your assessment · Leadbench" },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary audience="candidate" />;
}
