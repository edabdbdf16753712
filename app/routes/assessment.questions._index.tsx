// /assessment/questions opens the first question the candidate has not answered yet.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { isAnswered } from "#app/domain/word-count";
import { getWrittenAssessment } from "#app/services/assessment/get-written-assessment.server";
import { requireCandidateContext } from "#app/services/candidate-session.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({
  request,
  context: loadContext,
}: LoaderFunctionArgs) {
  const context = await requireCandidateContext(request, loadContext);
  const written = await getWrittenAssessment(context);
  const next =
    written.questions.find((q) => !isAnswered(q.answer?.body ?? "")) ??
    written.questions[0];
  if (!next) throw new Response("Not found", { status: 404 });
  throw redirect(`/assessment/questions/${next.key}`);
}

// A component, though it never renders: it keeps this a page route, so links to it work as
// client-side navigations that follow the loader's redirect.
export default function FirstOpenQuestion() {
  return null;
}

export function ErrorBoundary() {
  return <RouteErrorBoundary audience="candidate" />;
}
