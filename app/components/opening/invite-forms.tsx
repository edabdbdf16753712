// A candidate's invite link: issue (or re-issue) it, extend its due date and revoke it while it
// is active.
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ConfirmButton } from "#app/components/confirm-button";
import { Button, useSchemaForm } from "#app/components/forms";
import {
  ExtendDueDateSchema,
  IssueInviteSchema,
  RevokeInviteSchema,
} from "#app/domain/forms/candidates";
import type { OpeningCandidate } from "./types";

export function IssueInviteForm({
  candidate,
}: {
  candidate: OpeningCandidate;
}) {
  const [form] = useSchemaForm(IssueInviteSchema, {
    id: `issue-invite-${candidate.id}`,
  });
  const verb = candidate.invitation ? "Re-issue" : "Issue";
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="issue-invite" />
      <input type="hidden" name="candidateId" value={candidate.id} />
      {candidate.invitation?.state === "active" ? (
        <ConfirmButton
          label={`${verb} invite link for ${candidate.name}`}
          title={`Re-issue ${candidate.name}'s link?`}
          consequence={`The link ${candidate.name} has now stops working at once; they can only continue with the new one. Their work so far is kept.`}
          confirm="Re-issue link"
        >
          Re-issue link
        </ConfirmButton>
      ) : (
        <Button
          type="submit"
          variant="secondary"
          aria-label={`${verb} invite link for ${candidate.name}`}
        >
          {candidate.invitation ? "Re-issue link" : "Issue link"}
        </Button>
      )}
    </Form>
  );
}

/** More days for one candidate: the number and the button on one line of the row. */
export function ExtendDueForm({ candidate }: { candidate: OpeningCandidate }) {
  const [form, fields] = useSchemaForm(ExtendDueDateSchema, {
    id: `extend-due-${candidate.id}`,
    defaultValue: { days: 7 },
  });
  const { key, ...days } = getInputProps(fields.days, { type: "number" });
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="flex items-center gap-1"
    >
      <input type="hidden" name="intent" value="extend-due" />
      <input type="hidden" name="candidateId" value={candidate.id} />
      <label htmlFor={fields.days.id} className="sr-only">
        Days to add to {candidate.name}&apos;s due date
      </label>
      <input
        key={key}
        {...days}
        className="w-16 rounded-md border border-slate-400 px-2 py-1 text-sm"
      />
      <Button
        type="submit"
        variant="secondary"
        aria-label={`Extend the due date for ${candidate.name}`}
      >
        Extend
      </Button>
    </Form>
  );
}

export function RevokeInviteForm({
  candidate,
}: {
  candidate: OpeningCandidate;
}) {
  const [form] = useSchemaForm(RevokeInviteSchema, {
    id: `revoke-invite-${candidate.id}`,
  });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="revoke-invite" />
      <input type="hidden" name="candidateId" value={candidate.id} />
      <ConfirmButton
        variant="danger"
        label={`Revoke invite link for ${candidate.name}`}
        title={`Revoke ${candidate.name}'s link?`}
        consequence={`The link ${candidate.name} has now stops working at once, and no new one is issued until you issue it. Their work so far is kept.`}
        confirm="Revoke link"
      >
        Revoke
      </ConfirmButton>
    </Form>
  );
}
