import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OpeningForm } from "#app/components/opening-form";
import { OpeningFormSchema } from "#app/domain/opening";
import { requireRole } from "#app/services/auth.server";
import {
  createOpening,
  listHiringManagers,
} from "#app/services/openings.server";
import {
  defaultContentRefs,
  checkContentRefs,
  openingFormContent,
} from "#app/services/opening-content.server";
import {
  formError,
  invalid,
  parseForm,
  userFacingFailure,
} from "#app/utils/forms";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"]);
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
  const formData = await request.formData();
  const parsed = parseForm(formData, OpeningFormSchema);
  if (!parsed.ok) return invalid(parsed);
  const contentProblem = await checkContentRefs(parsed.value);
  if (contentProblem)
    return formError(formData, contentProblem.message, contentProblem.field);
  let openingId: string;
  try {
    const opening = await createOpening(user, parsed.value);
    openingId = opening.id;
  } catch (error) {
    return userFacingFailure(formData, error);
  }
  throw redirect(`/admin/openings/${openingId}`);
}

export default function NewOpening() {
  const { content, hiringManagers, user, defaults } =
    useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-semibold">New opening</h1>
      <OpeningForm
        stored={defaults}
        failure={failure}
        content={content}
        hiringManagers={hiringManagers}
        canChooseManager={user.role === "ADMIN"}
        submitLabel="Create opening"
      />
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "New opening · Leadbench" }];
