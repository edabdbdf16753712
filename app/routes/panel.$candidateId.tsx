import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { redirect } from "@remix-run/node";
import {
  Link,
  useActionData,
  useLoaderData,
  useSearchParams,
} from "@remix-run/react";
import { LocalTime } from "#app/components/local-time";
import { PanelScorecards } from "#app/components/panel/panel-scorecards";
import { SubmissionEvidence } from "#app/components/panel/submission-evidence";
import {
  ScorecardForm,
  type EvidenceSource,
} from "#app/components/panel/scorecard-form";
import { REVIEW_EVIDENCE } from "#app/domain/content/constants";
import { LEVEL_LABELS } from "#app/domain/levels";
import { emptyScorecard } from "#app/domain/scorecard";
import {
  SCORECARD_INTENTS,
  scorecardFormSchema,
  type ScorecardIntent,
} from "#app/domain/scorecard-form";
import {
  ClearOverrideSchema,
  OverrideDefectSchema,
} from "#app/domain/forms/defect-override";
import { requireRole, type StaffUser } from "#app/services/auth.server";
import {
  acceptSubmission,
  intentOf,
  parseSubmission,
  readForm,
  rejectSubmission,
  rejectWithError,
  unknownIntent,
} from "#app/services/form-submission.server";
import { requireRecordId } from "#app/services/route-params.server";
import { amendScorecard } from "#app/services/scoring/amend-scorecard.server";
import { clearDefectOverride } from "#app/services/scoring/clear-defect-override.server";
import { getScoringRubric } from "#app/services/scoring/get-scoring-rubric.server";
import { getWorkspace } from "#app/services/scoring/get-workspace.server";
import { overrideDefect } from "#app/services/scoring/override-defect.server";
import { saveDraft } from "#app/services/scoring/save-draft.server";
import { submitScorecard } from "#app/services/scoring/submit-scorecard.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(
    request,
    ["ADMIN", "HIRING_MANAGER", "PANELIST"],
    context,
  );
  return getWorkspace(user, requireRecordId(params.candidateId));
}

// Schemas: the scorecard's fields depend on the rubric (scorecardFormSchema); the matcher
// overrides' are in #app/domain/forms/defect-override.

type Context = { user: StaffUser; candidateId: string; formData: FormData };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, [
    "ADMIN",
    "HIRING_MANAGER",
    "PANELIST",
  ]);
  const context = {
    user,
    candidateId: requireRecordId(params.candidateId),
    formData: await readForm(request),
  };
  const intent = intentOf(context.formData);
  switch (intent) {
    case "override-defect":
      return overrideDefectAction(context);
    case "clear-override":
      return clearOverrideAction(context);
    case "save":
    case "submit":
    case "amend":
      return scorecardAction(context, intent);
    default:
      throw unknownIntent();
  }
}

async function overrideDefectAction({ user, candidateId, formData }: Context) {
  const submission = parseSubmission(formData, OverrideDefectSchema);
  if (submission.status !== "success")
    return rejectSubmission("override-defect", submission);
  try {
    await overrideDefect(user, candidateId, {
      defectId: submission.value.defectId,
      found: submission.value.verdict === "found",
      reason: submission.value.reason,
    });
  } catch (error) {
    return rejectWithError("override-defect", submission, error);
  }
  return acceptSubmission("override-defect", submission, {});
}

async function clearOverrideAction({ user, candidateId, formData }: Context) {
  const submission = parseSubmission(formData, ClearOverrideSchema);
  if (submission.status !== "success")
    return rejectSubmission("clear-override", submission);
  try {
    await clearDefectOverride(user, candidateId, submission.value.defectId);
  } catch (error) {
    return rejectWithError("clear-override", submission, error);
  }
  return acceptSubmission("clear-override", submission, {});
}

/**
 * Save (without JavaScript; with it, autosave posts to /draft), submit and amend: one form,
 * whose buttons post the intent. The service has the last word on completeness (the form
 * checks the same rules in the browser), and its answer comes back as the form's reply.
 */
async function scorecardAction(
  { user, candidateId, formData }: Context,
  intent: ScorecardIntent,
) {
  const rubric = await getScoringRubric(user, candidateId);
  const submission = parseSubmission(formData, scorecardFormSchema(rubric));
  if (submission.status !== "success")
    return rejectSubmission(intent, submission);
  const { revision, content, reason } = submission.value;
  try {
    if (intent === "save") {
      await saveDraft(user, candidateId, { revision, content });
      return redirect(`/panel/${candidateId}`);
    }
    const result =
      intent === "submit"
        ? await submitScorecard(user, candidateId, { revision, content })
        : await amendScorecard(user, candidateId, {
            revision,
            content,
            reason,
          });
    if (!result.ok) {
      const { form, ...fieldErrors } = result.errors;
      return rejectSubmission(intent, submission, {
        formError: form?.join(" "),
        fieldErrors,
      });
    }
  } catch (error) {
    return rejectWithError(intent, submission, error);
  }
  return redirect(`/panel/${candidateId}`);
}

export const handle = { wide: true };

function Waiting({ code }: { code: string }) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">{code} has not submitted yet</h1>
      <p className="mt-3 text-slate-700">
        There is nothing to score until the candidate submits. The queue shows
        when they do.
      </p>
      <p className="mt-6">
        <Link className="text-brand-700 underline" to="/panel">
          Back to the queue
        </Link>
      </p>
    </div>
  );
}

const STATUS_BADGE = {
  none: { label: "Not started", style: "bg-slate-100 text-slate-800" },
  DRAFT: { label: "Draft", style: "bg-amber-100 text-amber-900" },
  SUBMITTED: { label: "Submitted", style: "bg-emerald-100 text-emerald-900" },
} as const;

export default function ScoringWorkspace() {
  const workspace = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  if (workspace.kind === "waiting")
    return <Waiting code={workspace.candidate.code} />;

  const { candidate, rubric, scorecard, panel } = workspace;
  const amending =
    scorecard?.status === "SUBMITTED" && searchParams.has("amend");
  // The scorecard's reply, whichever of its buttons posted it.
  const reply = SCORECARD_INTENTS.some(
    (intent) => intent === actionData?.intent,
  )
    ? actionData?.result
    : undefined;
  const badge = STATUS_BADGE[scorecard?.status ?? "none"];

  const criterionTitles = Object.fromEntries(
    rubric.dimensions.flatMap((d) => d.criteria.map((c) => [c.key, c.title])),
  );
  const evidenceSources: Record<string, EvidenceSource> = {
    [REVIEW_EVIDENCE]: {
      key: REVIEW_EVIDENCE,
      label: "PR review",
      href: "#evidence-review",
    },
    ...Object.fromEntries(
      workspace.questions.map((question, index) => [
        question.key,
        {
          key: question.key,
          label: `Q${index + 1} ${question.title}`,
          href: `#answer-${question.key}`,
        },
      ]),
    ),
  };
  const paneClass =
    "min-w-0 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto xl:pr-2";

  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-slate-700">
        <Link to="/panel" className="underline">
          Scoring
        </Link>{" "}
        / <span className="font-mono">{candidate.code}</span>
      </nav>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="text-2xl font-semibold">
          Score <span className="font-mono">{candidate.code}</span>
        </h1>
        <span
          className={`rounded px-2 py-0.5 text-sm font-medium ${badge.style}`}
        >
          {badge.label}
        </span>
        <a
          href="#scorecard"
          className="text-brand-700 ml-auto text-sm underline"
        >
          Go to the scorecard
        </a>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {candidate.openingTitle} ({LEVEL_LABELS[candidate.targetLevel]}) ·{" "}
        {rubric.title} rubric v{rubric.version} · You see a code, not a name:
        score what is on the page.
      </p>

      <div className="mt-4 grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="evidence-heading" className={paneClass}>
          <h2 id="evidence-heading" className="text-xl font-semibold">
            Evidence
          </h2>
          <SubmissionEvidence
            evidence={workspace}
            criterionTitles={criterionTitles}
            panelOverrides={panel?.overrides}
          />
        </section>

        <section
          // A new state (draft, submitted, amending) starts the pane at its top.
          key={amending ? "amending" : (scorecard?.status ?? "new")}
          id="scorecard"
          aria-labelledby="scorecard-heading"
          className={`${paneClass} scroll-mt-4`}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="scorecard-heading" className="text-xl font-semibold">
              {amending ? "Amend your scorecard" : "Your scorecard"}
            </h2>
            {scorecard?.status === "SUBMITTED" && !amending ? (
              <Link to="?amend" className="text-brand-700 text-sm underline">
                Amend your scorecard
              </Link>
            ) : null}
          </div>
          {scorecard?.status === "SUBMITTED" && !amending ? (
            <div className="mt-2 space-y-3">
              <p className="text-sm text-slate-700">
                Submitted{" "}
                {scorecard.submittedAt ? (
                  <LocalTime date={scorecard.submittedAt} />
                ) : null}
                . Now that yours is in, here is the panel's.
              </p>
              {panel ? (
                <PanelScorecards
                  rubric={rubric}
                  scorecards={panel.scorecards}
                  awaiting={panel.awaiting}
                />
              ) : null}
            </div>
          ) : (
            <div className="mt-2">
              <p className="mb-3 text-sm text-slate-700">
                {amending
                  ? "Change what you need and say why. Your submitted values stay in the audit trail."
                  : "Score on your own: the panel's scorecards appear here once you submit yours."}
              </p>
              <ScorecardForm
                key={amending ? "amend" : "draft"}
                mode={amending ? "amend" : "draft"}
                candidateId={candidate.id}
                rubric={rubric}
                content={scorecard?.content ?? emptyScorecard(rubric)}
                revision={scorecard?.revision ?? 0}
                savedAt={
                  scorecard?.status === "DRAFT" ? scorecard.updatedAt : null
                }
                lastResult={reply}
                evidenceSources={evidenceSources}
              />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Score ${data.candidate.code} · Leadbench`
      : "Scoring · Leadbench",
  },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
