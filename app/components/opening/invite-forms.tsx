// A candidate's invite link: issue (or re-issue) it, and revoke it while it is active.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button, useSchemaForm } from "#app/components/forms";
import {
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
      <Button
        type="submit"
        variant="secondary"
        aria-label={`${verb} invite link for ${candidate.name}`}
      >
        {candidate.invitation ? "Re-issue link" : "Issue link"}
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
      <Button
        type="submit"
        variant="danger"
        aria-label={`Revoke invite link for ${candidate.name}`}
      >
        Revoke
      </Button>
    </Form>
  );
}
