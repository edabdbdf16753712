import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DecisionBadge } from "#app/components/comparison/badges";
import { SubmissionEvidence } from "#app/components/panel/submission-evidence";
import { requireRole } from "#app/services/auth.server";
import { getSubmission } from "#app/services/submission.server";
import { requireRecordId } from "#app/services/route-params.server";

// The hiring manager reads the work itself: what the candidate wrote and how they reviewed
// the pull request, with the matcher's findings and reasons. Read-only and audited.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  return getSubmission(
    user,
    requireRecordId(params.openingId),
    requireRecordId(params.candidateId),
  );
}

export default function CandidateSubmissionPage() {
  const submission = useLoaderData<typeof loader>();
  const { opening, candidate } = submission;
  const base = `/admin/openings/${opening.id}`;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <header className="grid grid-cols-[minmax(0,1fr)] gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
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
          / Submission
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-sm text-slate-600">{opening.title}</p>
            <h1 className="text-2xl font-semibold">
              Submission: <span className="font-mono">{candidate.code}</span>
            </h1>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <DecisionBadge decision={candidate.decision} />
            <Link
              to={`${base}/candidates/${candidate.id}/debrief`}
              className="text-brand-700 text-sm underline"
            >
              Debrief
            </Link>
          </div>
        </div>
        <p className="text-sm text-slate-700">
          Read-only. Opening it is recorded in the audit trail; it scores
          nothing. The candidate is shown by code, as on the debrief, so the
          reading stays on the work.
        </p>
        {submission.independent ? (
          <p
            role="note"
            className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
          >
            You are on this candidate&apos;s panel and have not submitted your
            scorecard: the other panelists&apos; overrides stay hidden until you
            do, as on your scoring page.
          </p>
        ) : null}
      </header>
      {submission.kind === "waiting" ? (
        <p className="text-slate-700">
          {candidate.code} has not submitted yet. Their answers and review
          appear here once they do.
        </p>
      ) : (
        <section aria-labelledby="evidence-heading" className="min-w-0">
          <h2 id="evidence-heading" className="text-xl font-semibold">
            Evidence
          </h2>
          <SubmissionEvidence
            evidence={submission.evidence}
            criterionTitles={submission.criterionTitles}
            panelOverrides={submission.panelOverrides}
            readOnly
          />
        </section>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `Submission ${data?.candidate.code ?? ""} · ${data?.opening.title ?? "Opening"} · Leadbench`,
  },
];
