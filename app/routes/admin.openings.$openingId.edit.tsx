import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OpeningForm } from "#app/components/opening-form";
import { contentRef } from "#app/domain/opening";
import { requireRole } from "#app/services/auth.server";
import { requireRecordId } from "#app/services/route-params.server";
import {
  handleOpeningForm,
  openingFormContent,
} from "#app/services/opening-content.server";
import {
  listHiringManagers,
  requireManagedOpening,
  updateOpening,
} from "#app/services/openings.server";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  const opening = await requireManagedOpening(
    user,
    requireRecordId(params.openingId),
  );
  const [content, hiringManagers] = await Promise.all([
    openingFormContent(),
    listHiringManagers(),
  ]);
  return {
    content,
    hiringManagers,
    user,
    opening: {
      id: opening.id,
      title: opening.title,
      teamSize: opening.teamSize,
      seniorityMix: opening.seniorityMix,
      codingSharePercent: opening.codingSharePercent,
      mainChallenge: opening.mainChallenge,
      targetLevel: opening.targetLevel,
      rubric: contentRef(opening.rubricKey, opening.rubricVersion),
      questionSet: contentRef(
        opening.questionSetKey,
        opening.questionSetVersion,
      ),
      exercise: contentRef(opening.exerciseKey, opening.exerciseVersion),
      hiringManagerId: opening.hiringManagerId,
      timeAllowedDays: opening.timeAllowedDays,
      reminderHoursBefore: opening.reminderHoursBefore,
      emailInvitation: opening.emailInvitation,
      emailReminders: opening.emailReminders,
      emailConfirmation: opening.emailConfirmation,
      emailPanelistNotice: opening.emailPanelistNotice,
      emailPanelComplete: opening.emailPanelComplete,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"]);
  return handleOpeningForm(request, (input) =>
    updateOpening(user, requireRecordId(params.openingId), input),
  );
}

export default function EditOpening() {
  const { content, hiringManagers, user, opening } =
    useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-semibold">Edit {opening.title}</h1>
      <OpeningForm
        stored={opening}
        lastResult={reply?.result}
        content={content}
        hiringManagers={hiringManagers}
        canChooseManager={user.role === "ADMIN"}
        submitLabel="Save changes"
      />
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Edit opening · Leadbench" }];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
