import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useFetcher,
  useLoaderData,
  useNavigation,
} from "@remix-run/react";
import { getFormProps, getInputProps } from "@conform-to/react";
import {
  DECISION_LABELS,
  DecisionBadge,
  FlagBadge,
  NotLinkedBadge,
} from "#app/components/comparison/badges";
import { interval, raters, score } from "#app/components/comparison/format";
import {
  AgendaList,
  DimensionSheet,
  OverallSheet,
} from "#app/components/debrief/debrief-sheet";
import {
  Button,
  FormError,
  replyFor,
  TextAreaField,
  useSchemaForm,
} from "#app/components/forms";
import {
  DecideSchema,
  DECISIONS,
  RevealSchema,
} from "#app/domain/forms/debrief";
import { requireRole, type StaffUser } from "#app/services/auth.server";
import {
  getCandidateDebrief,
  recordDecision,
  revealDebriefIdentity,
} from "#app/services/debrief.server";
import {
  acceptSubmission,
  intentOf,
  parseSubmission,
  readForm,
  rejectSubmission,
  unknownIntent,
} from "#app/services/form-submission.server";
import { requireRecordId } from "#app/services/route-params.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  return getCandidateDebrief(
    user,
    requireRecordId(params.openingId),
    requireRecordId(params.candidateId),
  );
}

// Schemas: #app/domain/forms/debrief, one per intent.

type Context = {
  user: StaffUser;
  openingId: string;
  candidateId: string;
  formData: FormData;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"]);
  const context = {
    user,
    openingId: requireRecordId(params.openingId),
    candidateId: requireRecordId(params.candidateId),
    formData: await readForm(request),
  };
  switch (intentOf(context.formData)) {
    case "reveal":
      return revealAction(context);
    case "decide":
      return decideAction(context);
    default:
      throw unknownIntent();
  }
}

async function revealAction({
  user,
  openingId,
  candidateId,
  formData,
}: Context) {
  const submission = parseSubmission(formData, RevealSchema);
  if (submission.status !== "success")
    return rejectSubmission("reveal", submission);
  const identity = await revealDebriefIdentity(user, openingId, candidateId);
  return acceptSubmission("reveal", submission, {
    identity: { name: identity.name, email: identity.email },
  });
}

async function decideAction({
  user,
  openingId,
  candidateId,
  formData,
}: Context) {
  const submission = parseSubmission(formData, DecideSchema);
  if (submission.status !== "success")
    return rejectSubmission("decide", submission);
  await recordDecision(user, openingId, candidateId, {
    decision: submission.value.decision,
    rationale: submission.value.rationale,
  });
  return acceptSubmission("decide", submission, {
    message: `Decision recorded: ${DECISION_LABELS[submission.value.decision]}.`,
  });
}

export default function DebriefPage() {
  const { opening, candidate, sheet, scale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const reveal = useFetcher<typeof action>();
  const navigation = useNavigation();
  const base = `/admin/openings/${opening.id}`;
  const revealed =
    (reveal.data?.ok && reveal.data.intent === "reveal"
      ? reveal.data.identity
      : undefined) ??
    (result?.ok && result.intent === "reveal" ? result.identity : undefined);
  const decided = result?.ok && result.intent === "decide" ? result : undefined;
  const deciding = navigation.formData?.get("intent") === "decide";
  const [revealForm] = useSchemaForm(RevealSchema, { id: "reveal" });
  const [form, fields] = useSchemaForm(DecideSchema, {
    id: "decide",
    lastResult: replyFor(result, "decide"),
    defaultValue: {
      decision: candidate.decision ?? undefined,
      rationale: candidate.decisionRationale ?? undefined,
    },
  });

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 print:gap-5">
      <header className="grid grid-cols-[minmax(0,1fr)] gap-3">
        <p className="no-print text-sm text-slate-600">
          <Link to="/admin" className="underline">
            Openings
          </Link>{" "}
          /{" "}
          <Link to={base} className="underline">
            {opening.title}
          </Link>{" "}
          /{" "}
          <Link to={`${base}/comparison`} className="underline">
            Comparison
          </Link>{" "}
          / Debrief
        </p>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-sm text-slate-600">{opening.title}</p>
            <h1 className="text-2xl font-semibold">
              Debrief: <span className="font-mono">{candidate.code}</span>
              {revealed ? (
                <span className="font-normal"> · {revealed.name}</span>
              ) : null}
            </h1>
          </div>
          <div className="no-print flex flex-wrap items-center gap-2">
            <Link
              to={`${base}/candidates/${candidate.id}/submission`}
              className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
            >
              Read the submission
            </Link>
            <Button
              type="button"
              variant="secondary"
              onClick={() => window.print()}
            >
              Print
            </Button>
          </div>
        </div>
        <div
          aria-live="polite"
          className={`rounded-md border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm print:border-0 print:p-0 print:shadow-none ${revealed ? "" : "no-print"}`}
        >
          {revealed ? (
            <p>
              <span className="font-medium">{revealed.name}</span> ·{" "}
              {revealed.email}
              <span className="no-print text-slate-600">
                {" "}
                (revealed; recorded in the audit trail)
              </span>
            </p>
          ) : (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-slate-700">
                Shown by code, so the discussion stays on the evidence. Reveal
                the name and email when you need them; each reveal is recorded.
              </p>
              <reveal.Form
                method="post"
                {...getFormProps(revealForm)}
                className="no-print"
              >
                <input type="hidden" name="intent" value="reveal" />
                <Button
                  type="submit"
                  variant="secondary"
                  disabled={reveal.state !== "idle"}
                >
                  Reveal name and email
                </Button>
              </reveal.Form>
            </div>
          )}
        </div>
        <dl className="grid gap-3 sm:grid-cols-2">
          {sheet.dimensions.map((dimension) => (
            <div
              key={dimension.key}
              className="rounded-md border border-slate-200 bg-white px-4 py-3 shadow-sm print:shadow-none"
            >
              <dt className="text-sm font-medium text-slate-700">
                {dimension.title}, calibrated
              </dt>
              <dd className="mt-1 flex flex-wrap items-center gap-2">
                {dimension.calibrated ? (
                  <>
                    <span className="text-xl font-semibold tabular-nums">
                      {score(dimension.calibrated.calibrated)}
                    </span>
                    <span className="text-sm text-slate-600 tabular-nums">
                      95% interval{" "}
                      {interval(
                        dimension.calibrated.low,
                        dimension.calibrated.high,
                      )}
                      , raw mean {score(dimension.calibrated.raw)},{" "}
                      {raters(dimension.calibrated.raters)}
                    </span>
                    <FlagBadge flag={dimension.calibrated.flag} />
                    {dimension.calibrated.linked ? null : <NotLinkedBadge />}
                  </>
                ) : (
                  <span className="text-slate-600">Not scored yet</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </header>

      {sheet.panelists.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700 shadow-sm">
          No submitted scorecards for this candidate yet. Drafts stay private to
          their panelists until submitted.
        </p>
      ) : (
        <>
          <section
            aria-labelledby="agenda-heading"
            className="break-inside-avoid"
          >
            <h2 id="agenda-heading" className="text-xl font-semibold">
              Agenda
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-600">
              Where the panel is 2 or more levels apart on a criterion, red
              flags raised, and ratings the calibration did not expect. Talk
              these through first.
            </p>
            <AgendaList items={sheet.agenda} />
          </section>
          {sheet.dimensions.map((dimension) => (
            <DimensionSheet
              key={dimension.key}
              dimension={dimension}
              panelists={sheet.panelists}
              scale={scale}
            />
          ))}
          <OverallSheet panelists={sheet.panelists} />
        </>
      )}

      <section
        aria-labelledby="decision-heading"
        className="break-inside-avoid"
      >
        <h2 id="decision-heading" className="text-xl font-semibold">
          Decision
        </h2>
        <div className="mt-2 grid gap-2 text-sm">
          <div>
            <DecisionBadge decision={candidate.decision} />
          </div>
          {candidate.decision ? (
            <>
              <p className="whitespace-pre-line text-slate-800">
                {candidate.decisionRationale}
              </p>
              <p className="text-slate-600">
                Recorded by {candidate.decidedBy ?? "a former user"}
                {candidate.decidedAt
                  ? ` on ${new Date(candidate.decidedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`
                  : ""}
                .
              </p>
            </>
          ) : null}
        </div>
        <div aria-live="polite" className="no-print mt-3">
          {decided ? (
            <p
              role="status"
              className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
            >
              {decided.message}
            </p>
          ) : null}
          <FormError errors={form.errors} />
        </div>
        <Form
          method="post"
          {...getFormProps(form)}
          key={String(candidate.decidedAt ?? "undecided")}
          className="no-print mt-4 grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        >
          <input type="hidden" name="intent" value="decide" />
          <fieldset
            aria-describedby={
              fields.decision.errors ? fields.decision.errorId : undefined
            }
          >
            <legend className="text-sm font-medium text-slate-800">
              {candidate.decision ? "Change the decision" : "Decision"}
            </legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {DECISIONS.map((value) => {
                const { key, ...radio } = getInputProps(fields.decision, {
                  type: "radio",
                  value,
                  ariaAttributes: false,
                });
                return (
                  <label key={key ?? value} className="flex items-center gap-2">
                    <input {...radio} id={`${fields.decision.id}-${value}`} />
                    {DECISION_LABELS[value]}
                  </label>
                );
              })}
            </div>
            {fields.decision.errors ? (
              <p
                id={fields.decision.errorId}
                role="alert"
                className="mt-1 text-sm text-red-700"
              >
                {fields.decision.errors.join(" ")}
              </p>
            ) : null}
          </fieldset>
          <TextAreaField
            label="Rationale"
            field={fields.rationale}
            rows={5}
            hint="What the evidence shows and why it leads to this decision. Kept with the candidate's record."
          />
          <div>
            <Button type="submit" disabled={deciding}>
              Record decision
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `Debrief ${data?.candidate.code ?? ""} · ${data?.opening.title ?? "Opening"} · Leadbench`,
  },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
