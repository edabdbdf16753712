// Where a candidate is in the process, derived from their records rather than stored, so it
// can never disagree with them.
export type CandidateStage =
  "not-invited" | "invited" | "in-progress" | "submitted" | "scored";

export const STAGE_LABELS: Record<CandidateStage, string> = {
  "not-invited": "Not invited",
  invited: "Invited",
  "in-progress": "In progress",
  submitted: "Submitted",
  scored: "Scored",
};

export function candidateStage(input: {
  hasActiveInvitation: boolean;
  startedAt: Date | null | undefined;
  submittedAt: Date | null | undefined;
  submittedScorecards: number;
}): CandidateStage {
  if (input.submittedAt)
    return input.submittedScorecards > 0 ? "scored" : "submitted";
  if (input.startedAt) return "in-progress";
  return input.hasActiveInvitation ? "invited" : "not-invited";
}

export type InvitationState = "active" | "expired" | "revoked";

export function invitationState(
  invitation: { expiresAt: Date; revokedAt: Date | null },
  now = new Date(),
): InvitationState {
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "active";
}
