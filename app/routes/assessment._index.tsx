import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { LocalTime } from "#app/components/local-time";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  getFormProps,
  getInputProps,
  type SubmissionResult,
} from "@conform-to/react";
import { Button, FormError, useSchemaForm } from "#app/components/forms";
import { AcceptPolicySchema } from "#app/domain/forms/assessment";
import { acceptPolicy } from "#app/services/assessment/accept-policy.server";
import { getWelcome } from "#app/services/assessment/get-welcome.server";
import {
  parseSubmission,
  readForm,
  rejectSubmission,
} from "#app/services/form-submission.server";
import { requireCandidateContext } from "#app/services/candidate-session.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({
  request,
  context: loadContext,
}: LoaderFunctionArgs) {
  const context = await requireCandidateContext(request, loadContext);
  return getWelcome(context);
}

export async function action({ request }: ActionFunctionArgs) {
  const context = await requireCandidateContext(request);
  const submission = parseSubmission(
    await readForm(request),
    AcceptPolicySchema,
  );
  if (submission.status !== "success")
    return rejectSubmission("accept-policy", submission);
  await acceptPolicy(context);
  throw redirect("/assessment/questions");
}

/** "about 45 minutes", "about 1½ hours": an estimate, never a countdown. */
function aboutMinutes(minutes: number): string {
  if (minutes < 60) return `about ${Math.round(minutes / 5) * 5} minutes`;
  const halves = Math.round(minutes / 30);
  const hours = Math.floor(halves / 2);
  const text = `${hours}${halves % 2 ? "½" : ""}`;
  return `about ${text} ${halves === 2 ? "hour" : "hours"}`;
}

const linkButton =
  "bg-brand-700 hover:bg-brand-800 inline-block rounded-md px-4 py-2 text-sm font-medium text-white";
const secondaryLink =
  "inline-block rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50";

export default function Welcome() {
  const welcome = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();

  if (welcome.submittedAt) {
    return (
      <article className="mx-auto w-full max-w-2xl rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">
          Thank you, {welcome.candidateName}
        </h1>
        <p className="mt-4 text-slate-700">
          You submitted your assessment on{" "}
          <LocalTime date={welcome.submittedAt} />. The hiring team for{" "}
          {welcome.openingTitle} will read it and be in touch about the next
          step.
        </p>
        <p className="mt-3 text-slate-700">
          Your answers and your review can no longer be changed. You can still
          read what you sent.
        </p>
        <p className="mt-6">
          <Link to="/assessment/submit" className={secondaryLink}>
            See what you submitted
          </Link>
        </p>
      </article>
    );
  }

  const total = welcome.writtenMinutes + welcome.reviewMinutes;
  return (
    <article className="mx-auto w-full max-w-2xl rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">
        Welcome, {welcome.candidateName}
      </h1>
      <p className="mt-3 text-slate-700">
        Thank you for applying. This assessment is how we learn how you lead
        technical work, in your own words and on a realistic piece of code.
      </p>

      <h2 className="mt-6 text-lg font-semibold">What it contains</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
        <li>
          <strong className="font-semibold">
            {welcome.questionCount} written questions
          </strong>{" "}
          about decisions, people and priorities (
          {aboutMinutes(welcome.writtenMinutes)}). You answer in a text editor
          that understands Markdown.
        </li>
        <li>
          <strong className="font-semibold">A code review</strong> of a pull
          request, “{welcome.exerciseTitle}” (
          {aboutMinutes(welcome.reviewMinutes)}). You comment on lines of code,
          as on a code host, and give a verdict.
        </li>
      </ul>
      <p className="mt-2 text-slate-700">
        You can do the parts in any order and review everything before you
        submit.
      </p>

      <h2 className="mt-6 text-lg font-semibold">Time</h2>
      <p className="mt-1 text-slate-700">
        Most people spend {aboutMinutes(total)} in total. That is an estimate,
        not a limit: there is no timer and no time pressure. Your work is saved
        as you type, and you can stop and come back with the same link as often
        as you like until you submit.
      </p>

      <h2 className="mt-6 text-lg font-semibold">Outside help and AI tools</h2>
      <p className="mt-1 text-slate-700">
        We want to see how you think. Write your answers and your review
        yourself. You may look things up as you would at work, but do not have
        another person or an AI assistant write them for you. We note when text
        is pasted and how much time you spend working, as context for the
        reviewers; nothing is ever blocked.
      </p>

      <h2 className="mt-6 text-lg font-semibold">Privacy</h2>
      <p className="mt-1 text-slate-700">
        Only the hiring team for this role sees your work. Reviewers score it
        under an anonymous code, without your name. We keep it for this hiring
        process only.
      </p>

      <h2 className="mt-6 text-lg font-semibold">Accommodations</h2>
      <p className="mt-1 text-slate-700">
        If you would like more time, a different format or any other adjustment,
        reply to your invitation email before you start and we will arrange it;
        you do not need to say why. The assessment works with a keyboard alone
        and with screen readers.
      </p>

      {welcome.policyAccepted ? (
        <div className="mt-8 flex flex-wrap gap-3">
          <Link to="/assessment/questions" className={linkButton}>
            Continue with the written questions
          </Link>
          <Link to="/assessment/review" className={secondaryLink}>
            Go to the code review
          </Link>
        </div>
      ) : (
        <AcceptPolicyForm lastResult={reply?.result} />
      )}
    </article>
  );
}

function AcceptPolicyForm({
  lastResult,
}: {
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useSchemaForm(AcceptPolicySchema, {
    id: "accept-policy",
    lastResult,
  });
  const { key, ...checkbox } = getInputProps(fields.acknowledge, {
    type: "checkbox",
    value: "yes",
    ariaAttributes: false,
  });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="mt-8 flex flex-col gap-3 border-t border-slate-200 pt-6"
    >
      <FormError errors={fields.acknowledge.errors} />
      <label className="flex items-start gap-2">
        <input
          key={key}
          {...checkbox}
          className="mt-1 size-4"
          aria-invalid={fields.acknowledge.errors ? true : undefined}
        />
        <span>
          I have read the policy on outside help and AI tools, and I will follow
          it.
        </span>
      </label>
      <div>
        <Button type="submit">Start the assessment</Button>
      </div>
    </Form>
  );
}

export const meta: MetaFunction = () => [
  { title: "Your assessment · Leadbench" },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary audience="candidate" />;
}
