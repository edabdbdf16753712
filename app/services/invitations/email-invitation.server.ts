// Emails a candidate their invite link, when the installation can send email.
import type { Actor } from "#app/domain/roles";
import { hashToken } from "#app/utils/tokens.server";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { isEmailConfigured, sendEmail } from "../mail.server";

export async function emailInvitation(
  actor: Actor,
  input: {
    candidateId: string;
    invitationId: string;
    url: string;
    expiresAt: Date;
  },
): Promise<boolean> {
  if (!isEmailConfigured()) return false;
  const candidate = await prisma.candidate.findUniqueOrThrow({
    where: { id: input.candidateId },
    select: { name: true, email: true, opening: { select: { title: true } } },
  });
  await sendEmail({
    to: candidate.email,
    subject: `Your assessment for ${candidate.opening.title}`,
    text: [
      `Hello ${candidate.name},`,
      "",
      `Thank you for your interest in the ${candidate.opening.title} role. The next step is a written assessment and a code review you can do in your browser, at your own pace.`,
      "",
      `Open it here: ${input.url}`,
      "",
      `The link is personal and works until ${input.expiresAt.toUTCString()}. Your work is saved as you go.`,
    ].join("\n"),
  });
  await prisma.invitation.updateMany({
    where: {
      tokenHash: hashToken(new URL(input.url).pathname.split("/").pop() ?? ""),
    },
    data: { emailedAt: new Date() },
  });
  await recordAudit(prisma, {
    actorId: actor.id,
    action: "invitation.email",
    entityType: "Candidate",
    entityId: input.candidateId,
  });
  return true;
}
