import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
} from "@remix-run/react";
import { z } from "zod";
import { LocalTime } from "#app/components/local-time";
import { TableHead } from "#app/components/table-head";
import { CopyLink } from "#app/components/copy-link";
import {
  Button,
  FormError,
  TextAreaField,
  TextField,
  valueOf,
} from "#app/components/forms";
import { parseCandidateCsv } from "#app/domain/candidate-csv";
import { STAGE_LABELS } from "#app/domain/candidate-stage";
import { LEVEL_LABELS } from "#app/domain/levels";
import { requireRole } from "#app/services/auth.server";
import {
  addCandidates,
  listCandidatesForOpening,
  listPanelists,
  requireManagedCandidate,
  setPanel,
} from "#app/services/candidates.server";
import {
  emailInvitation,
  invitationUrl,
  issueInvitation,
  revokeInvitations,
} from "#app/services/invitations.server";
import { isEmailConfigured } from "#app/services/mail.server";
import { requireManagedOpening } from "#app/services/openings.server";
import {
  formError,
  invalid,
  parseForm,
  userFacingFailure,
} from "#app/utils/forms";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"], context);
  const opening = await requireManagedOpening(user, params.openingId ?? "");
  const [candidates, panelists] = await Promise.all([
    listCandidatesForOpening(user, opening.id),
    listPanelists(),
  ]);
  return {
    opening,
    candidates,
    panelists,
    emailConfigured: isEmailConfigured(),
  };
}

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add-candidate"),
    name: z.string().trim().min(1, "Enter the candidate's name.").max(200),
    email: z
      .email("Enter a valid email address.")
      .transform((email) => email.toLowerCase()),
  }),
  z.object({
    intent: z.literal("import-csv"),
    csv: z.string().max(200_000, "Paste at most 200 KB at once."),
  }),
  z.object({
    intent: z.literal("issue-invite"),
    candidateId: z.string().min(1),
  }),
  z.object({
    intent: z.literal("revoke-invite"),
    candidateId: z.string().min(1),
  }),
  z.object({
    intent: z.literal("set-panel"),
    candidateId: z.string().min(1),
    panelistIds: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) =>
        value === undefined ? [] : Array.isArray(value) ? value : [value],
      ),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "HIRING_MANAGER"]);
  const opening = await requireManagedOpening(user, params.openingId ?? "");
  const formData = await request.formData();
  const parsed = parseForm(formData, ActionSchema);
  if (!parsed.ok) return invalid(parsed);
  const input = parsed.value;
  try {
    switch (input.intent) {
      case "add-candidate": {
        const [candidate] = await addCandidates(user, opening.id, [
          { name: input.name, email: input.email },
        ]);
        return {
          ok: true as const,
          message: `Added ${candidate?.name} as ${candidate?.code}.`,
        };
      }
      case "import-csv": {
        const { rows, problems } = parseCandidateCsv(input.csv);
        if (problems.length) {
          return formError(
            formData,
            problems
              .map((problem) => `Line ${problem.line}: ${problem.message}.`)
              .join(" "),
            "csv",
          );
        }
        const created = await addCandidates(user, opening.id, rows);
        return {
          ok: true as const,
          message: `Added ${created.length} candidates.`,
        };
      }
      case "issue-invite": {
        await requireManagedCandidate(user, input.candidateId, opening.id);
        const invitation = await issueInvitation(user, input.candidateId);
        const url = invitationUrl(invitation.token, request);
        const emailed = await emailInvitation(user, {
          candidateId: input.candidateId,
          invitationId: invitation.id,
          url,
          expiresAt: invitation.expiresAt,
        }).catch((error: unknown) => {
          console.error("Sending the invitation email failed", error);
          return false;
        });
        return {
          ok: true as const,
          message: emailed
            ? "Invitation emailed. The link is below too."
            : "Invitation link ready to copy.",
          invite: { candidateId: input.candidateId, url },
        };
      }
      case "revoke-invite": {
        await requireManagedCandidate(user, input.candidateId, opening.id);
        const count = await revokeInvitations(user, input.candidateId);
        return {
          ok: true as const,
          message: count
            ? "Invitation revoked."
            : "No active invitation to revoke.",
        };
      }
      case "set-panel": {
        await requireManagedCandidate(user, input.candidateId, opening.id);
        await setPanel(user, input.candidateId, input.panelistIds);
        return { ok: true as const, message: "Panel saved." };
      }
    }
  } catch (error) {
    return userFacingFailure(formData, error);
  }
}

export default function OpeningPage() {
  const { opening, candidates, panelists, emailConfigured } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const failure = result && !result.ok ? result : undefined;
  const success = result?.ok ? result : undefined;
  const pendingIntent = navigation.formData?.get("intent");
  const lastIntent = failure?.values.intent;
  return (
    <div className="grid gap-8">
      <section>
        <p className="text-sm text-slate-600">
          <Link to="/admin" className="underline">
            Openings
          </Link>{" "}
          / {opening.title}
        </p>
        <div className="mt-1 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold">{opening.title}</h1>
          <div className="flex flex-wrap gap-2">
            <Link
              to="comparison"
              className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
            >
              Calibrated comparison
            </Link>
            <Link
              to="edit"
              className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium"
            >
              Edit opening
            </Link>
          </div>
        </div>
        <dl className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-4">
          <div>
            <dt className="font-medium text-slate-600">Target level</dt>
            <dd>{LEVEL_LABELS[opening.targetLevel]}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Team</dt>
            <dd>
              {opening.teamSize} people · {opening.seniorityMix}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Coding share</dt>
            <dd>{opening.codingSharePercent}%</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Content</dt>
            <dd>
              {opening.rubricKey} v{opening.rubricVersion} ·{" "}
              {opening.questionSetKey} v{opening.questionSetVersion} ·{" "}
              {opening.exerciseKey} v{opening.exerciseVersion}
            </dd>
          </div>
          <div className="md:col-span-4">
            <dt className="font-medium text-slate-600">
              Main technical challenge
            </dt>
            <dd>{opening.mainChallenge}</dd>
          </div>
        </dl>
      </section>

      <div aria-live="polite">
        {success ? (
          <div
            role="status"
            className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          >
            {success.message}
            {"invite" in success && success.invite ? (
              <CopyLink url={success.invite.url} label="Invite link" />
            ) : null}
          </div>
        ) : null}
        {failure &&
        lastIntent !== "add-candidate" &&
        lastIntent !== "import-csv" ? (
          <FormError errors={Object.values(failure.errors).flat()} />
        ) : null}
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
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="w-full text-left text-sm">
              <TableHead
                columns={["Candidate", "Code", "Stage", "Invitation", "Panel"]}
              />
              <tbody>
                {candidates.map((candidate) => (
                  <tr
                    key={candidate.id}
                    className="border-t border-slate-200 align-top"
                  >
                    <td className="px-3 py-2">
                      <div className="font-medium">{candidate.name}</div>
                      <div className="text-slate-600">{candidate.email}</div>
                    </td>
                    <td className="px-3 py-2 font-mono">{candidate.code}</td>
                    <td className="px-3 py-2">
                      {STAGE_LABELS[candidate.stage]}
                    </td>
                    <td className="px-3 py-2">
                      <p>
                        {candidate.invitation
                          ? `${candidate.invitation.state === "active" ? "Active" : candidate.invitation.state === "expired" ? "Expired" : "Revoked"}, ${
                              candidate.invitation.state === "active"
                                ? "expires"
                                : "was valid until"
                            } `
                          : "None yet"}
                        {candidate.invitation ? (
                          <LocalTime
                            date={candidate.invitation.expiresAt}
                            style="date"
                          />
                        ) : null}
                      </p>
                      <div className="mt-2 flex flex-wrap gap-2">
                        <Form method="post">
                          <input
                            type="hidden"
                            name="intent"
                            value="issue-invite"
                          />
                          <input
                            type="hidden"
                            name="candidateId"
                            value={candidate.id}
                          />
                          <Button
                            type="submit"
                            variant="secondary"
                            aria-label={`${candidate.invitation ? "Re-issue" : "Issue"} invite link for ${candidate.name}`}
                          >
                            {candidate.invitation
                              ? "Re-issue link"
                              : "Issue link"}
                          </Button>
                        </Form>
                        {candidate.invitation?.state === "active" ? (
                          <Form method="post">
                            <input
                              type="hidden"
                              name="intent"
                              value="revoke-invite"
                            />
                            <input
                              type="hidden"
                              name="candidateId"
                              value={candidate.id}
                            />
                            <Button
                              type="submit"
                              variant="danger"
                              aria-label={`Revoke invite link for ${candidate.name}`}
                            >
                              Revoke
                            </Button>
                          </Form>
                        ) : null}
                      </div>
                    </td>
                    <td className="px-3 py-2">
                      <Form method="post">
                        <input type="hidden" name="intent" value="set-panel" />
                        <input
                          type="hidden"
                          name="candidateId"
                          value={candidate.id}
                        />
                        <fieldset>
                          <legend className="sr-only">
                            Panel for {candidate.name}
                          </legend>
                          {panelists.map((panelist) => (
                            <label
                              key={panelist.id}
                              className="flex items-center gap-2"
                            >
                              <input
                                type="checkbox"
                                name="panelistIds"
                                value={panelist.id}
                                defaultChecked={candidate.panelists.some(
                                  (assigned) => assigned.id === panelist.id,
                                )}
                              />
                              {panelist.name}
                            </label>
                          ))}
                        </fieldset>
                        <Button
                          type="submit"
                          variant="secondary"
                          className="mt-2"
                          aria-label={`Save panel for ${candidate.name}`}
                        >
                          Save panel
                        </Button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section
        aria-labelledby="add-heading"
        className="grid gap-6 md:grid-cols-2"
      >
        <h2 id="add-heading" className="sr-only">
          Add candidates
        </h2>
        <Form
          method="post"
          className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        >
          <h3 className="text-lg font-semibold">Add a candidate</h3>
          <input type="hidden" name="intent" value="add-candidate" />
          {lastIntent === "add-candidate" ? (
            <FormError errors={failure?.errors.form} />
          ) : null}
          <TextField
            label="Name"
            name="name"
            required
            defaultValue={
              lastIntent === "add-candidate" ? valueOf(failure, "name") : ""
            }
            errors={
              lastIntent === "add-candidate" ? failure?.errors.name : undefined
            }
          />
          <TextField
            label="Email"
            name="email"
            type="email"
            required
            defaultValue={
              lastIntent === "add-candidate" ? valueOf(failure, "email") : ""
            }
            errors={
              lastIntent === "add-candidate" ? failure?.errors.email : undefined
            }
          />
          <Button type="submit" disabled={pendingIntent === "add-candidate"}>
            Add candidate
          </Button>
        </Form>
        <Form
          method="post"
          className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
        >
          <h3 className="text-lg font-semibold">Paste a list</h3>
          <input type="hidden" name="intent" value="import-csv" />
          <TextAreaField
            label="Candidates as CSV"
            name="csv"
            rows={5}
            hint="One per line: name,email. A header line is optional."
            placeholder={"Jane Doe,jane@example.com\nLi Wei,li.wei@example.com"}
            defaultValue={
              lastIntent === "import-csv" ? valueOf(failure, "csv") : ""
            }
            errors={
              lastIntent === "import-csv"
                ? [
                    ...(failure?.errors.csv ?? []),
                    ...(failure?.errors.form ?? []),
                    ...(failure?.errors.email ?? []),
                  ]
                : undefined
            }
          />
          <Button type="submit" disabled={pendingIntent === "import-csv"}>
            Import list
          </Button>
        </Form>
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.opening.title ?? "Opening"} · Leadbench` },
];
