// The admin's delivery log: an email the mail server keeps refusing ends up failed, shown to
// admins only, and "Retry" puts it back on the queue so it goes out once the server accepts.
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../../../scripts/lib/smtp-sink.js";

// A port nothing listens on: every delivery fails until the sink starts there.
const sink = await startSmtpSink();
const port = sink.port;
await sink.close();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

const { prisma } = await import("#app/services/db.server");
const { startSession } = await import("#app/services/auth.server");
const { issueInvitation } =
  await import("#app/services/invitations/issue-invitation.server");
const { runDueJobs } = await import("#app/services/jobs/worker.server");
const { emailHandlers } =
  await import("#app/services/notifications/deliver.server");
const { action, loader } = await import("#app/routes/admin.deliveries");
const { createCandidate, createOpening, createStaffUser } =
  await import("../../../seed/factories");
const { cookieFrom, requestWith, settle } =
  await import("../foundation/helpers");

let running: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
afterAll(() => running?.close());

async function signedIn(role: "ADMIN" | "HIRING_MANAGER") {
  const user = await createStaffUser({ role });
  return cookieFrom(await startSession(user, requestWith("/login")));
}

describe("delivery log", () => {
  it("shows a failed email to admins and sends it once retried", async () => {
    const manager = await createStaffUser({ role: "HIRING_MANAGER" });
    const opening = await createOpening({
      hiringManagerId: manager.id,
      title: "Data platform lead",
    });
    const candidate = await createCandidate({
      openingId: opening.id,
      name: "Rui Costa",
    });
    const invitation = await issueInvitation(manager, candidate.id);
    await prisma.job.updateMany({
      where: { dedupeKey: `invitation:${invitation.id}` },
      data: { maxAttempts: 2 },
    });
    // Two refused tries, the second after its backoff.
    const later = new Date(Date.now() + 10 * 60_000);
    await runDueJobs({ handlers: emailHandlers });
    await runDueJobs({ handlers: emailHandlers, now: () => later });

    const admin = await signedIn("ADMIN");
    const page = await loader({
      request: requestWith("/admin/deliveries", admin),
      params: {},
      context: {},
    });
    const failed = page.deliveries.failed.find(
      (row) => row.candidate?.id === candidate.id,
    );
    expect(failed).toMatchObject({
      what: "Invitation",
      attempts: 2,
      candidate: {
        name: "Rui Costa",
        opening: { title: "Data platform lead" },
      },
    });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);

    // Hiring managers do not see the log.
    const denied = await settle(
      loader({
        request: requestWith(
          "/admin/deliveries",
          await signedIn("HIRING_MANAGER"),
        ),
        params: {},
        context: {},
      }),
    );
    expect(denied).toBeInstanceOf(Response);
    expect((denied as Response).status).toBeGreaterThanOrEqual(400);

    running = await startSmtpSink({ port });
    const reply = await action({
      request: requestWith("/admin/deliveries", admin, {
        method: "POST",
        body: new URLSearchParams({ intent: "retry", jobId: failed!.id }),
      }),
      params: {},
      context: {},
    });
    expect(reply).toMatchObject({ ok: true });
    await runDueJobs({ handlers: emailHandlers, now: () => later });
    expect(running.messages.map((m) => m.to)).toEqual([[candidate.email]]);
    expect(
      await prisma.auditEvent.count({
        where: { action: "job.retry", entityId: failed!.id },
      }),
    ).toBe(1);
    // Retrying what is no longer failed is refused, not repeated.
    const again = await action({
      request: requestWith("/admin/deliveries", admin, {
        method: "POST",
        body: new URLSearchParams({ intent: "retry", jobId: failed!.id }),
      }),
      params: {},
      context: {},
    });
    expect(again).toMatchObject({ data: { ok: false } });
  });
});
