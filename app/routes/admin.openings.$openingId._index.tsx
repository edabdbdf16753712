import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  useActionData,
  useLoaderData,
  useSearchParams,
} from "@remix-run/react";
import { FormError, replyErrors, replyFor } from "#app/components/forms";
import { AddCandidateForm } from "#app/components/opening/add-candidate-form";
import { CandidateFilters } from "#app/components/opening/candidate-filters";
import { CandidatesTable } from "#app/components/opening/candidates-table";
import { ImportCandidatesForm } from "#app/components/opening/import-candidates-form";
import { OpeningSummary } from "#app/components/opening/opening-summary";
import { StatusBanner } from "#app/components/opening/status-banner";
import {
  applyTableView,
  readTableView,
  VIEW_PARAMS,
} from "#app/domain/candidate-table-view";
import {
  AddCandidateSchema,
  ExtendDueDateSchema,
  ImportCandidatesSchema,
  IssueInviteSchema,
  RevokeInviteSchema,
  SetPanelSchema,
} from "#app/domain/forms/candidates";
import { requireRole, type StaffUser } from "#app/services/auth.server";
import { addCandidates } from "#app/services/candidates/add-candidates.server";
import { importCandidates } from "#app/services/candidates/import-candidates.server";
import { listCandidates } from "#app/services/candidates/list-candidates.server";
import { listPanelists } from "#app/services/candidates/list-panelists.server";
import { requireManagedCandidate } from "#app/services/candidates/require-managed-candidate.server";
import { setPanel } from "#app/services/candidates/set-panel.server";
import {
  acceptSubmission,
  intentOf,
  parseSubmission,
  readForm,
  rejectSubmission,
  rejectWithError,
  unknownIntent,
} from "#app/services/form-submission.server";
import { extendDueDate } from "#app/services/invitations/extend-due-date.server";
import { issueInvitation } from "#app/services/invitations/issue-invitation.server";
import { revokeInvitations } from "#app/services/invitations/revoke-invitations.server";
import { isEmailConfigured } from "#app/services/mail.server";
import { requireManagedOpening } from "#app/services/openings.server";
import { requireRecordId } from "#app/services/route-params.server";
import { UserFacingError } from "#app/utils/errors";
import { revalidateUnlessOnly } from "#app/utils/should-revalidate";
import { RouteErrorBoundary } from "#app/components/route-error-boundary";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  const opening = await requireManagedOpening(
    user,
    requireRecordId(params.openingId),
  );
  const [candidates, panelists] = await Promise.all([
    listCandidates(user, opening.id),
    listPanelists(),
  ]);
  return {
    opening,
    candidates,
    panelists,
    emailConfigured: isEmailConfigured(),
  };
}

// Schemas: #app/domain/forms/candidates, one per intent.

type Context = {
  user: StaffUser;
  openingId: string;
  request: Request;
  formData: FormData;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"]);
  const opening = await requireManagedOpening(
    user,
    requireRecordId(params.openingId),
  );
  const formData = await readForm(request);
  const context = { user, openingId: opening.id, request, formData };
  switch (intentOf(formData)) {
    case "add-candidate":
      return addCandidateAction(context);
    case "import-csv":
      return importCandidatesAction(context);
    case "issue-invite":
      return issueInviteAction(context);
    case "revoke-invite":
      return revokeInviteAction(context);
    case "extend-due":
      return extendDueAction(context);
    case "set-panel":
      return setPanelAction(context);
    default:
      throw unknownIntent();
  }
}

async function addCandidateAction({ user, openingId, formData }: Context) {
  const submission = parseSubmission(formData, AddCandidateSchema);
  if (submission.status !== "success")
    return rejectSubmission("add-candidate", submission);
  try {
    const [candidate] = await addCandidates(user, openingId, [
      { name: submission.value.name, email: submission.value.email },
    ]);
    return acceptSubmission("add-candidate", submission, {
      message: `Added ${candidate?.name} as ${candidate?.code}.`,
    });
  } catch (error) {
    return rejectWithError("add-candidate", submission, error);
  }
}

async function importCandidatesAction({ user, openingId, formData }: Context) {
  const submission = parseSubmission(formData, ImportCandidatesSchema);
  if (submission.status !== "success")
    return rejectSubmission("import-csv", submission);
  try {
    const outcome = await importCandidates(
      user,
      openingId,
      submission.value.csv,
    );
    const added = outcome.added.length
      ? `Added ${outcome.added.length} ${outcome.added.length === 1 ? "candidate" : "candidates"}: ${outcome.added.map((candidate) => `${candidate.name} (${candidate.code})`).join(", ")}.`
      : "";
    if (!outcome.problems.length)
      return acceptSubmission("import-csv", submission, { message: added });
    // What could not be added stays in the box, numbered as it now stands there.
    const box = new FormData();
    box.set("intent", "import-csv");
    box.set("csv", outcome.unadded);
    const kept = parseSubmission(box, ImportCandidatesSchema);
    const lines = outcome.problems.length;
    const left = `${lines} ${lines === 1 ? "line" : "lines"} could not be added: ${lines === 1 ? "it is" : "they are"} left in the box to correct.`;
    const reply = {
      intent: "import-csv" as const,
      result: kept.reply({
        fieldErrors: {
          csv: outcome.problems.map(
            (problem, index) => `Line ${index + 1}: ${problem.message}.`,
          ),
        },
      }),
      message: added ? `${added} ${left}` : left,
    };
    return added
      ? { ok: true as const, ...reply }
      : data({ ok: false as const, ...reply }, { status: 400 });
  } catch (error) {
    // Whatever is wrong with a list is told at the list.
    if (!(error instanceof UserFacingError)) throw error;
    return rejectSubmission("import-csv", submission, {
      fieldErrors: { csv: [error.message] },
      status: error.status,
    });
  }
}

async function issueInviteAction({
  user,
  openingId,
  request,
  formData,
}: Context) {
  const submission = parseSubmission(formData, IssueInviteSchema);
  if (submission.status !== "success")
    return rejectSubmission("issue-invite", submission);
  const { candidateId } = submission.value;
  const { candidate } = await requireManagedCandidate(
    user,
    candidateId,
    openingId,
  );
  try {
    const { url, emailing } = await issueInvitation(user, candidateId, request);
    const who = `${candidate.name} (${candidate.code})`;
    return acceptSubmission("issue-invite", submission, {
      message:
        emailing && isEmailConfigured()
          ? `Invitation to ${who} is on its way by email. The link is below too.`
          : `Invitation link for ${who} ready to copy.`,
      invite: { candidateId, url },
    });
  } catch (error) {
    return rejectWithError("issue-invite", submission, error);
  }
}

async function revokeInviteAction({ user, openingId, formData }: Context) {
  const submission = parseSubmission(formData, RevokeInviteSchema);
  if (submission.status !== "success")
    return rejectSubmission("revoke-invite", submission);
  await requireManagedCandidate(user, submission.value.candidateId, openingId);
  try {
    const count = await revokeInvitations(user, submission.value.candidateId);
    return acceptSubmission("revoke-invite", submission, {
      message: count
        ? "Invitation revoked."
        : "No active invitation to revoke.",
    });
  } catch (error) {
    return rejectWithError("revoke-invite", submission, error);
  }
}

async function extendDueAction({ user, openingId, formData }: Context) {
  const submission = parseSubmission(formData, ExtendDueDateSchema);
  if (submission.status !== "success")
    return rejectSubmission("extend-due", submission);
  await requireManagedCandidate(user, submission.value.candidateId, openingId);
  try {
    const dueAt = await extendDueDate(
      user,
      submission.value.candidateId,
      submission.value.days,
    );
    return acceptSubmission("extend-due", submission, {
      message: "Due date extended.",
      dueAt: dueAt.toISOString(),
    });
  } catch (error) {
    return rejectWithError("extend-due", submission, error);
  }
}

async function setPanelAction({ user, openingId, request, formData }: Context) {
  const submission = parseSubmission(formData, SetPanelSchema);
  if (submission.status !== "success")
    return rejectSubmission("set-panel", submission);
  await requireManagedCandidate(user, submission.value.candidateId, openingId);
  try {
    await setPanel(
      user,
      submission.value.candidateId,
      submission.value.panelistIds,
      request,
    );
    return acceptSubmission("set-panel", submission, {
      message: "Panel saved.",
    });
  } catch (error) {
    return rejectWithError("set-panel", submission, error);
  }
}

const ROW_INTENTS: readonly string[] = [
  "issue-invite",
  "revoke-invite",
  "extend-due",
  "set-panel",
];

// Searching, filtering and sorting the table changes only the URL: the rows are already here.
export const shouldRevalidate = revalidateUnlessOnly(VIEW_PARAMS);

export default function OpeningPage() {
  const { opening, candidates, panelists, emailConfigured } =
    useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const view = readTableView(searchParams);
  const shown = applyTableView(candidates, view);
  // The table's forms are buttons in a row: their outcome shows above the table.
  const rowFailure =
    reply && !reply.ok && ROW_INTENTS.includes(reply.intent)
      ? replyErrors(reply.result)
      : undefined;
  return (
    <div className="grid gap-8">
      <OpeningSummary opening={opening} />

      <div aria-live="polite">
        {reply?.ok ? (
          <StatusBanner
            // A new reply is a new banner, shown again if the last was dismissed.
            key={reply.message}
            message={reply.message}
            invite={"invite" in reply ? reply.invite : undefined}
          />
        ) : null}
        <FormError errors={rowFailure} />
      </div>

      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading" className="text-xl font-semibold">
          Candidates
        </h2>
        {!emailConfigured ? (
          <p className="mt-1 text-sm text-slate-600">
            Email is not configured (set SMTP_URL): copy each invite link and
            send it yourself.
          </p>
        ) : null}
        {candidates.length === 0 ? (
          <p className="mt-3 text-slate-700">
            No candidates yet. Add them below.
          </p>
        ) : (
          <>
            <CandidateFilters
              view={view}
              shown={shown.length}
              total={candidates.length}
            />
            {shown.length ? (
              <CandidatesTable candidates={shown} panelists={panelists} />
            ) : (
              <p className="mt-3 text-slate-700">
                No candidate matches this search.
              </p>
            )}
          </>
        )}
      </section>

      <section
        aria-labelledby="add-heading"
        className="grid gap-6 md:grid-cols-2"
      >
        <h2 id="add-heading" className="sr-only">
          Add candidates
        </h2>
        <AddCandidateForm lastResult={replyFor(reply, "add-candidate")} />
        <ImportCandidatesForm lastResult={replyFor(reply, "import-csv")} />
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.opening.title ?? "Opening"} · Leadbench` },
];

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
