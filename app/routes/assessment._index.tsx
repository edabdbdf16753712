import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Button, FormError } from "#app/components/forms";
import { acceptPolicy, getWelcome } from "#app/services/assessment.server";
import { requireCandidateContext } from "#app/services/invitations.server";
import { invalid, parseForm } from "#app/utils/forms";

export async function loader({ request }: LoaderFunctionArgs) {
  const context = await requireCandidateContext(request);
  return getWelcome(context);
}

const AcceptSchema = z.object({
  acknowledge: z.literal("yes", {
    error: "Please confirm you have read the policy on outside help.",
  }),
});

export async function action({ request }: ActionFunctionArgs) {
  const context = await requireCandidateContext(request);
  const parsed = parseForm(await request.formData(), AcceptSchema);
  if (!parsed.ok) return invalid(parsed);
  await acceptPolicy(context);
  return { ok: true as const };
}

export default function Welcome() {
  const welcome = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const accepted = welcome.policyAccepted || failure?.ok === true;
  const errors =
    failure && !failure.ok ? failure.errors.acknowledge : undefined;
  return (
    <article className="mx-auto max-w-2xl rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <p className="text-sm font-medium text-slate-600">
        {welcome.openingTitle}
      </p>
      <h1 className="mt-1 text-2xl font-semibold">
        Welcome, {welcome.candidateName}
      </h1>
      {welcome.submitted ? (
        <p className="mt-4 text-slate-700">
          You have submitted your assessment. Thank you: the hiring team will be
          in touch.
        </p>
      ) : (
        <>
          <p className="mt-4 text-slate-700">
            This assessment has two parts, and you can do them in any order:
          </p>
          <ul className="mt-2 list-disc pl-6 text-slate-700">
            <li>
              {welcome.questionCount} written questions about how you lead:
              answer in your own words.
            </li>
            <li>A code review of a pull request: {welcome.exerciseTitle}.</li>
          </ul>
          <h2 className="mt-6 text-lg font-semibold">Time</h2>
          <p className="mt-1 text-slate-700">
            Most people spend about{" "}
            {Math.round(welcome.estimatedMinutes / 30) / 2} hours. There is no
            timer and no time pressure: your work is saved as you go, and you
            can stop and come back with the same link.
          </p>
          <h2 className="mt-6 text-lg font-semibold">
            Outside help and AI tools
          </h2>
          <p className="mt-1 text-slate-700">
            We want to see how you think. Write your answers yourself; you may
            look things up as you would at work, but do not have someone else or
            an AI assistant write them for you. We record when text is pasted,
            as context for the reviewers, never to block you.
          </p>
          <h2 className="mt-6 text-lg font-semibold">Privacy</h2>
          <p className="mt-1 text-slate-700">
            Your answers are seen only by the hiring team for this role.
            Reviewers score your work under a code, without your name.
          </p>
          <h2 className="mt-6 text-lg font-semibold">Accommodations</h2>
          <p className="mt-1 text-slate-700">
            If you need more time, a different format or any other adjustment,
            reply to your invitation email and we will arrange it. The
            assessment works with a keyboard alone and with screen readers.
          </p>
          {accepted ? (
            <p
              role="status"
              className="mt-6 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900"
            >
              Thank you. You can begin whenever you are ready.
            </p>
          ) : (
            <Form method="post" className="mt-6 flex flex-col gap-3">
              <FormError errors={errors} />
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="acknowledge"
                  value="yes"
                  className="mt-1"
                />
                <span>
                  I have read the policy on outside help and AI tools.
                </span>
              </label>
              <div>
                <Button type="submit">Start the assessment</Button>
              </div>
            </Form>
          )}
        </>
      )}
    </article>
  );
}

export const meta: MetaFunction = () => [
  { title: "Your assessment · Leadbench" },
];
