// The frame around every step of the candidate's assessment: the opening's name, the steps,
// the autosave status, and the autosave and activity machinery the steps share.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { SaveStatus } from "#app/components/assessment/save-status";
import { DueDate } from "#app/components/local-time";
import { StepNav } from "#app/components/assessment/step-nav";
import { getAssessmentFrame } from "#app/services/assessment/get-assessment-frame.server";
import { requireCandidateContext } from "#app/services/candidate-session.server";
import { useActivityTracking } from "#app/utils/use-activity";
import { AutosaveProvider } from "#app/autosave/use-autosave";
import { revalidateAfterSubmissions } from "#app/utils/should-revalidate";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({
  request,
  context: loadContext,
}: LoaderFunctionArgs) {
  const context = await requireCandidateContext(request, loadContext);
  return getAssessmentFrame(context);
}

// The frame changes only when the candidate starts or submits (forms). Moving between steps
// loads the step alone, so a step that cannot load (offline) shows its error inside the
// frame, with the save status still in view.
export const shouldRevalidate = revalidateAfterSubmissions;

export default function AssessmentLayout() {
  const frame = useLoaderData<typeof loader>();
  const open = frame.started && !frame.submittedAt;
  useActivityTracking(open);
  return (
    <AutosaveProvider
      attemptId={frame.attemptId}
      enabled={open}
      submitted={Boolean(frame.submittedAt)}
    >
      <div className="flex flex-col gap-6">
        {/* Sticky: "Offline" or "Couldn't save" must be seen while typing a long answer. */}
        <div className="sticky top-0 z-30 -mx-4 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-200 bg-slate-50/95 px-4 py-2">
          <p className="text-sm text-slate-700">
            Assessment for{" "}
            <span className="font-semibold text-slate-900">
              {frame.openingTitle}
            </span>
            {frame.dueAt && !frame.submittedAt ? (
              <>
                {" "}
                · due <DueDate date={frame.dueAt} />
              </>
            ) : null}
          </p>
          {open ? <SaveStatus /> : null}
        </div>
        {frame.started ? (
          <StepNav submitted={Boolean(frame.submittedAt)} />
        ) : null}
        <Outlet />
      </div>
    </AutosaveProvider>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary audience="candidate" />;
}
