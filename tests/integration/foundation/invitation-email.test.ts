// With SMTP_URL set, issuing an invitation emails the link; a local SMTP sink receives it.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const port = vi.hoisted(() => {
  const chosen = 20_000 + Math.floor(Math.random() * 20_000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${chosen}`;
  process.env.SMTP_FROM = "Leadbench <hiring@example.com>";
  return chosen;
});

const { prisma } = await import("#app/services/db.server");
const { emailInvitation } =
  await import("#app/services/invitations/email-invitation.server");
const { invitationUrl } =
  await import("#app/services/invitations/invitation-url.server");
const { issueInvitation } =
  await import("#app/services/invitations/issue-invitation.server");
const { openInvitation } =
  await import("#app/services/invitations/open-invitation.server");
const { createCandidate, createOpening, createStaffUser } =
  await import("../../../seed/factories");

type Received = { from: string; to: string[]; data: string };
const received: Received[] = [];

const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom
          ? session.envelope.mailFrom.address
          : "",
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
        data,
      });
      callback();
    });
  },
});

beforeAll(
  () => new Promise<void>((resolve) => sink.listen(port, "127.0.0.1", resolve)),
);
afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())));

describe("invitation email", () => {
  it("sends the candidate a working link and records that it was sent", async () => {
    const manager = await createStaffUser({ role: "HIRING_MANAGER" });
    const opening = await createOpening({
      hiringManagerId: manager.id,
      title: "Tech lead, billing",
    });
    const candidate = await createCandidate({
      openingId: opening.id,
      name: "Mina Park",
      email: "mina.park@example.com",
    });
    const invitation = await issueInvitation(manager, candidate.id);
    const url = invitationUrl(
      invitation.token,
      new Request("http://leadbench.test/admin"),
    );
    const sent = await emailInvitation(manager, {
      candidateId: candidate.id,
      invitationId: invitation.id,
      url,
      expiresAt: invitation.expiresAt,
    });
    expect(sent).toBe(true);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.to).toEqual(["mina.park@example.com"]);
    expect(mail!.from).toBe("hiring@example.com");
    expect(mail!.data).toMatch(
      /Subject: Your assessment for Tech lead, billing/,
    );
    const unfolded = mail!.data.replace(/=\r?\n/g, "");
    expect(unfolded).toContain(url);
    // The emailed link is the real one: it opens the candidate's assessment.
    expect((await openInvitation(url.split("/a/")[1]!)).status).toBe("ok");
    const stored = await prisma.invitation.findUniqueOrThrow({
      where: { id: invitation.id },
    });
    expect(stored.emailedAt).not.toBeNull();
    expect(
      await prisma.auditEvent.count({
        where: { entityId: candidate.id, action: "invitation.email" },
      }),
    ).toBe(1);
  });
});
