// The opening's candidates: stage, invite link and panel, with each row's forms.
import { Link } from "@remix-run/react";
import { LocalTime } from "#app/components/local-time";
import { TableHead } from "#app/components/table-head";
import { STAGE_LABELS } from "#app/domain/candidate-stage";
import {
  ExtendDueForm,
  IssueInviteForm,
  RevokeInviteForm,
} from "./invite-forms";
import { PanelForm } from "./panel-form";
import type { OpeningCandidate, Panelist } from "./types";

const INVITATION_STATE = {
  active: "Active",
  expired: "Expired",
  revoked: "Revoked",
} as const;

function InvitationState({ candidate }: { candidate: OpeningCandidate }) {
  const invitation = candidate.invitation;
  if (!invitation) return <p>None yet</p>;
  return (
    <>
      <p>
        {INVITATION_STATE[invitation.state]},{" "}
        {invitation.state === "active" ? "expires" : "was valid until"}{" "}
        <LocalTime date={invitation.expiresAt} style="date" />
      </p>
      {invitation.dueAt && invitation.state === "active" ? (
        <p>
          Due <LocalTime date={invitation.dueAt} />
        </p>
      ) : null}
    </>
  );
}

export function CandidatesTable({
  candidates,
  panelists,
}: {
  candidates: OpeningCandidate[];
  panelists: Panelist[];
}) {
  return (
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
                {candidate.stage === "submitted" ||
                candidate.stage === "scored" ? (
                  <Link
                    to={`candidates/${candidate.id}/submission`}
                    className="text-brand-700 mt-1 block underline"
                  >
                    Read the submission
                    <span className="sr-only"> of {candidate.name}</span>
                  </Link>
                ) : null}
              </td>
              <td className="px-3 py-2">
                <InvitationState candidate={candidate} />
                <div className="mt-2 flex flex-wrap gap-2">
                  <IssueInviteForm candidate={candidate} />
                  {candidate.invitation?.state === "active" ? (
                    <>
                      <ExtendDueForm candidate={candidate} />
                      <RevokeInviteForm candidate={candidate} />
                    </>
                  ) : null}
                </div>
              </td>
              <td className="px-3 py-2">
                <PanelForm candidate={candidate} panelists={panelists} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
