import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OpeningForm } from "#app/components/opening-form";
import { requireRole } from "#app/services/auth.server";
import {
  createOpening,
  listHiringManagers,
} from "#app/services/openings.server";
import {
  defaultContentRefs,
  handleOpeningForm,
  openingFormContent,
} from "#app/services/opening-content.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  const [content, hiringManagers] = await Promise.all([
    openingFormContent(),
    listHiringManagers(),
  ]);
  return {
    content,
    hiringManagers,
    user,
    defaults: await defaultContentRefs(user.id),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"]);
  return handleOpeningForm(request, (input) => createOpening(user, input));
}

export default function NewOpening() {
  const { content, hiringManagers, user, defaults } =
    useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-semibold">New opening</h1>
      <OpeningForm
        stored={defaults}
        lastResult={reply?.result}
        content={content}
        hiringManagers={hiringManagers}
        canChooseManager={user.role === "ADMIN"}
        submitLabel="Create opening"
      />
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "New opening · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
