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
import { z } from "zod";
import { DefectFindings } from "#app/components/panel/defect-findings";
import {
  PullRequestBrief,
  ReviewVerdict,
  Signals,
  WrittenAnswers,
} from "#app/components/panel/evidence";
import { LocalTime } from "#app/components/local-time";
import { PanelScorecards } from "#app/components/panel/panel-scorecards";
import { ReviewReplay } from "#app/components/panel/review-replay";
import {
  ScorecardForm,
  type EvidenceSource,
} from "#app/components/panel/scorecard-form";
import { REVIEW_EVIDENCE } from "#app/domain/content/constants";
import { LEVEL_LABELS } from "#app/domain/levels";
import { emptyScorecard, type FieldErrors } from "#app/domain/scorecard";
import { scorecardFormSchema } from "#app/domain/scorecard-form";
import { requireRole } from "#app/services/auth.server";
import {
  amendScorecard,
  clearDefectOverride,
  getScoringRubric,
  getWorkspace,
  overrideDefect,
  saveDraft,
  submitScorecard,
} from "#app/services/scoring.server";
import { UserFacingError } from "#app/utils/errors";
import { formError, formValues, invalid, parseForm } from "#app/utils/forms";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(
    request,
    ["ADMIN", "HIRING_MANAGER", "PANELIST"],
    context,
  );
  return getWorkspace(user, params.candidateId ?? "");
}

// The scorecard's own fields depend on the rubric: see scorecardFormSchema.
const IntentSchema = z.object({
  intent: z.enum([
    "save",
    "submit",
    "amend",
    "override-defect",
    "clear-override",
  ]),
});

const OverrideSchema = z.object({
  defectId: z.string().min(1),
  verdict: z.enum(["found", "not-found"], {
    error: "Choose found or not found.",
  }),
  reason: z
    .string()
    .trim()
    .min(1, "Say why the matcher is wrong about this defect.")
    .max(2000, "Keep the reason under 2,000 characters."),
});

const ClearOverrideSchema = z.object({ defectId: z.string().min(1) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, [
    "ADMIN",
    "HIRING_MANAGER",
    "PANELIST",
  ]);
  const candidateId = params.candidateId ?? "";
  const formData = await request.formData();
  const intent = parseForm(formData, IntentSchema);
  if (!intent.ok) return invalid(intent);
  try {
    switch (intent.value.intent) {
      case "override-defect": {
        const parsed = parseForm(formData, OverrideSchema);
        if (!parsed.ok) return invalid(parsed);
        await overrideDefect(user, candidateId, {
          defectId: parsed.value.defectId,
          found: parsed.value.verdict === "found",
          reason: parsed.value.reason,
        });
        return { ok: true as const };
      }
      case "clear-override": {
        const parsed = parseForm(formData, ClearOverrideSchema);
        if (!parsed.ok) return invalid(parsed);
        await clearDefectOverride(user, candidateId, parsed.value.defectId);
        return { ok: true as const };
      }
      default: {
        const rubric = await getScoringRubric(user, candidateId);
        const parsed = parseForm(formData, scorecardFormSchema(rubric));
        if (!parsed.ok) return invalid(parsed);
        const { revision, content, reason } = parsed.value;
        if (intent.value.intent === "save") {
          // Without JavaScript, "Save draft" posts here; with it, autosave uses /draft.
          await saveDraft(user, candidateId, { revision, content });
          return redirect(`/panel/${candidateId}`);
        }
        const result =
          intent.value.intent === "submit"
            ? await submitScorecard(user, candidateId, { revision, content })
            : await amendScorecard(user, candidateId, {
                revision,
                content,
                reason,
              });
        if (!result.ok) {
          return invalid({
            ok: false,
            errors: result.errors,
            values: formValues(formData),
          });
        }
        return redirect(`/panel/${candidateId}`);
      }
    }
  } catch (error) {
    if (error instanceof UserFacingError) {
      return formError(formData, error.message, error.field, error.status);
    }
    throw error;
  }
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
  const failure = actionData && "errors" in actionData ? actionData : undefined;
  const errors: FieldErrors = failure?.errors ?? {};
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
  const commentNumbers = Object.fromEntries(
    workspace.review.comments.map((c) => [c.id, c.number]),
  );
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
          <nav aria-label="Evidence sections" className="mt-1 text-sm">
            <ul className="flex flex-wrap gap-x-3">
              <li>
                <a className="underline" href="#evidence-answers">
                  Written answers
                </a>
              </li>
              <li>
                <a className="underline" href="#evidence-review">
                  PR review
                </a>
              </li>
              <li>
                <a className="underline" href="#evidence-defects">
                  Seeded defects
                </a>
              </li>
              <li>
                <a className="underline" href="#evidence-signals">
                  Time and paste
                </a>
              </li>
            </ul>
          </nav>

          <section
            id="evidence-answers"
            aria-labelledby="answers-heading"
            className="mt-4 scroll-mt-4"
          >
            <h3 id="answers-heading" className="text-lg font-semibold">
              Written answers
            </h3>
            <div className="mt-2">
              <WrittenAnswers
                answers={workspace.questions}
                criterionTitles={criterionTitles}
              />
            </div>
          </section>

          <section
            id="evidence-review"
            aria-labelledby="review-heading"
            className="mt-6 scroll-mt-4 space-y-3"
          >
            <h3 id="review-heading" className="text-lg font-semibold">
              PR review
            </h3>
            <PullRequestBrief
              title={workspace.review.title}
              description={workspace.review.description}
              author={workspace.review.author}
            />
            <ReviewVerdict summary={workspace.review.summary} />
            <ReviewReplay
              files={workspace.review.files}
              comments={workspace.review.comments}
            />
          </section>

          <section
            id="evidence-defects"
            aria-labelledby="defects-heading"
            className="mt-6 scroll-mt-4"
          >
            <h3 id="defects-heading" className="text-lg font-semibold">
              Seeded defects
            </h3>
            <div className="mt-2">
              <DefectFindings
                defects={workspace.defects}
                commentNumbers={commentNumbers}
                panelOverrides={panel?.overrides}
              />
            </div>
          </section>

          <section
            id="evidence-signals"
            aria-labelledby="signals-heading"
            className="mt-6 scroll-mt-4"
          >
            <h3 id="signals-heading" className="text-lg font-semibold">
              Time and paste
            </h3>
            <div className="mt-2">
              <Signals signals={workspace.signals} />
            </div>
          </section>
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
                errors={errors}
                submitted={failure}
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
