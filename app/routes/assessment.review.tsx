import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { renderContentMarkdown } from "#app/components/assessment/content-markdown.server";
import { ReviewWorkspace } from "#app/components/review/review-workspace";
import { getReviewWorkspace } from "#app/services/assessment/get-review-workspace.server";
import { requireCandidateContext } from "#app/services/candidate-session.server";
import type { loader as assessmentLoader } from "./assessment";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({
  request,
  context: loadContext,
}: LoaderFunctionArgs) {
  const context = await requireCandidateContext(request, loadContext);
  const workspace = await getReviewWorkspace(context);
  return {
    ...workspace,
    descriptionHtml: renderContentMarkdown(workspace.pullRequest.description),
  };
}

export default function CodeReview() {
  const data = useLoaderData<typeof loader>();
  const frame =
    useRouteLoaderData<typeof assessmentLoader>("routes/assessment");
  if (!frame) return null;
  return <ReviewWorkspace data={data} attemptId={frame.attemptId} />;
}

// The diff needs the screen's width (see Layout in app/root.tsx).
export const handle = { wide: true };

export const meta: MetaFunction = () => [
  { title: "Code review · Your assessment · Leadbench" },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary audience="candidate" />;
}
