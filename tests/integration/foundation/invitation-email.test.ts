// With SMTP_URL set, issuing an invitation queues its email and the worker sends it: a local
// SMTP sink receives a working link.
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../../../scripts/lib/smtp-sink.js";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.SMTP_FROM = "Leadbench <hiring@example.com>";

const { prisma } = await import("#app/services/db.server");
const { issueInvitation } =
  await import("#app/services/invitations/issue-invitation.server");
const { openInvitation } =
  await import("#app/services/invitations/open-invitation.server");
const { runDueJobs } = await import("#app/services/jobs/worker.server");
const { emailHandlers } =
  await import("#app/services/notifications/deliver.server");
const { createCandidate, createOpening, createStaffUser } =
  await import("../../../seed/factories");

afterAll(() => sink.close());

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
    const invitation = await issueInvitation(
      manager,
      candidate.id,
      new Request("http://leadbench.test/admin"),
    );
    expect(invitation.emailing).toBe(true);
    // Nothing is sent inside the request: the worker sends it.
    expect(sink.messages).toHaveLength(0);
    expect(await runDueJobs({ handlers: emailHandlers })).toBe(1);
    expect(sink.messages).toHaveLength(1);
    const [mail] = sink.messages;
    expect(mail!.to).toEqual(["mina.park@example.com"]);
    expect(mail!.from).toBe("hiring@example.com");
    expect(mail!.subject).toBe("Your assessment for Tech lead, billing");
    expect(mail!.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail!.raw).toMatch(/Content-Type: text\/html/);
    expect(mail!.body).toContain(invitation.url);
    expect(invitation.url).toMatch(/^http:\/\/leadbench\.test\/a\//);
    // The emailed link is the real one: it opens the candidate's assessment.
    expect((await openInvitation(invitation.url.split("/a/")[1]!)).status).toBe(
      "ok",
    );
    const stored = await prisma.invitation.findUniqueOrThrow({
      where: { id: invitation.id },
    });
    expect(stored.emailedAt).not.toBeNull();
    expect(
      await prisma.auditEvent.count({
        where: { entityId: candidate.id, action: "invitation.email" },
      }),
    ).toBe(1);
    // Once sent, the job no longer holds the link.
    const job = await prisma.job.findUniqueOrThrow({
      where: { dedupeKey: `invitation:${invitation.id}` },
    });
    expect(job.status).toBe("DONE");
    expect(JSON.stringify(job.payload)).not.toContain(
      invitation.url.split("/a/")[1]!,
    );
  });

  it("sends nothing for a link re-issued before its email went out", async () => {
    const manager = await createStaffUser({ role: "HIRING_MANAGER" });
    const opening = await createOpening({ hiringManagerId: manager.id });
    const candidate = await createCandidate({ openingId: opening.id });
    const before = sink.messages.length;
    await issueInvitation(manager, candidate.id);
    const second = await issueInvitation(manager, candidate.id);
    await runDueJobs({ handlers: emailHandlers });
    const sent = sink.messages.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toContain(second.url);
  });
});
