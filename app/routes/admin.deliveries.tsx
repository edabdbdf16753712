// The delivery log: failed emails an admin can retry, those waiting for another try, and the
// most recent that went out (docs/decisions/013-background-jobs.md).
import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { getFormProps } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  Button,
  FormError,
  replyErrors,
  useSchemaForm,
} from "#app/components/forms";
import { LocalTime } from "#app/components/local-time";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";
import { TableHead } from "#app/components/table-head";
import { RetryDeliverySchema } from "#app/domain/forms/deliveries";
import { requireRole } from "#app/services/auth.server";
import {
  acceptSubmission,
  intentOf,
  parseSubmission,
  readForm,
  rejectSubmission,
  rejectWithError,
  unknownIntent,
} from "#app/services/form-submission.server";
import { listDeliveries } from "#app/services/jobs/list-deliveries.server";
import { retryJob } from "#app/services/jobs/retry-job.server";
import { isEmailConfigured } from "#app/services/mail.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"], context);
  return {
    deliveries: await listDeliveries(),
    emailConfigured: isEmailConfigured(),
  };
}

// Schema: #app/domain/forms/deliveries.

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const formData = await readForm(request);
  if (intentOf(formData) !== "retry") throw unknownIntent();
  const submission = parseSubmission(formData, RetryDeliverySchema);
  if (submission.status !== "success")
    return rejectSubmission("retry", submission);
  try {
    await retryJob(user, submission.value.jobId);
    return acceptSubmission("retry", submission, {
      message: "Queued again: it will be tried within a few seconds.",
    });
  } catch (error) {
    return rejectWithError("retry", submission, error);
  }
}

type Delivery = ReturnType<
  typeof useLoaderData<typeof loader>
>["deliveries"]["failed"][number];

function About({ delivery }: { delivery: Delivery }) {
  if (!delivery.candidate) return <>—</>;
  return (
    <>
      {delivery.candidate.name} ({delivery.candidate.code}),{" "}
      <Link
        to={`/admin/openings/${delivery.candidate.opening.id}`}
        className="text-brand-700 underline"
      >
        {delivery.candidate.opening.title}
      </Link>
    </>
  );
}

function RetryForm({ delivery }: { delivery: Delivery }) {
  const [form] = useSchemaForm(RetryDeliverySchema, {
    id: `retry-${delivery.id}`,
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="retry" />
      <input type="hidden" name="jobId" value={delivery.id} />
      <Button
        type="submit"
        variant="secondary"
        aria-label={`Retry: ${delivery.what}${delivery.candidate ? ` for ${delivery.candidate.name}` : ""}`}
      >
        Retry
      </Button>
    </Form>
  );
}

function DeliveryTable({
  caption,
  deliveries,
  columns,
  cells,
}: {
  caption: string;
  deliveries: Delivery[];
  columns: string[];
  cells: (delivery: Delivery) => React.ReactNode;
}) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={["Email", "About", ...columns]} />
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} className="border-t border-slate-200">
              <td className="px-3 py-2">{delivery.what}</td>
              <td className="px-3 py-2">
                <About delivery={delivery} />
              </td>
              {cells(delivery)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function DeliveryLog() {
  const { deliveries, emailConfigured } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <div className="grid gap-8">
      <div>
        <h1 className="text-2xl font-semibold">Delivery log</h1>
        <p className="mt-1 text-slate-700">
          Emails are sent in the background and tried again with growing pauses
          when the mail server refuses them.
          {emailConfigured
            ? ""
            : " Email is not configured (set SMTP_URL): the server logs what it would have sent."}
        </p>
      </div>
      <div aria-live="polite">
        {reply?.ok ? (
          <p
            role="status"
            className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          >
            {reply.message}
          </p>
        ) : null}
        <FormError
          errors={reply && !reply.ok ? replyErrors(reply.result) : undefined}
        />
      </div>

      <section aria-labelledby="failed-heading">
        <h2 id="failed-heading" className="text-xl font-semibold">
          Failed ({deliveries.failed.length})
        </h2>
        {deliveries.failed.length === 0 ? (
          <p className="mt-2 text-slate-700">Nothing has failed.</p>
        ) : (
          <DeliveryTable
            caption="Failed deliveries"
            deliveries={deliveries.failed}
            columns={["Tries", "Last error", ""]}
            cells={(delivery) => (
              <>
                <td className="px-3 py-2">{delivery.attempts}</td>
                <td className="px-3 py-2 font-mono text-xs break-all">
                  {delivery.lastError}
                </td>
                <td className="px-3 py-2">
                  <RetryForm delivery={delivery} />
                </td>
              </>
            )}
          />
        )}
      </section>

      {deliveries.retrying.length ? (
        <section aria-labelledby="retrying-heading">
          <h2 id="retrying-heading" className="text-xl font-semibold">
            Waiting for another try ({deliveries.retrying.length})
          </h2>
          <DeliveryTable
            caption="Deliveries waiting for another try"
            deliveries={deliveries.retrying}
            columns={["Tries", "Next try", "Last error"]}
            cells={(delivery) => (
              <>
                <td className="px-3 py-2">
                  {delivery.attempts} of {delivery.maxAttempts}
                </td>
                <td className="px-3 py-2">
                  <LocalTime date={delivery.nextTry} />
                </td>
                <td className="px-3 py-2 font-mono text-xs break-all">
                  {delivery.lastError}
                </td>
              </>
            )}
          />
        </section>
      ) : null}

      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading" className="text-xl font-semibold">
          Recently finished
        </h2>
        {deliveries.recent.length === 0 ? (
          <p className="mt-2 text-slate-700">Nothing sent yet.</p>
        ) : (
          <DeliveryTable
            caption="Recently finished deliveries"
            deliveries={deliveries.recent}
            columns={["Finished"]}
            cells={(delivery) => (
              <td className="px-3 py-2">
                {delivery.doneAt ? <LocalTime date={delivery.doneAt} /> : null}
              </td>
            )}
          />
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Delivery log · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
