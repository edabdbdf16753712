// The emails a hiring round sends, end to end through the queue and a real SMTP sink on
// loopback: submission confirmation, panelists' notices, "the panel is complete", reminders
// at their time (a controllable clock), and the per-opening switches.
import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "../../../scripts/lib/smtp-sink.js";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
process.env.APP_URL = "https://leadbench.example";

const { prisma } = await import("#app/services/db.server");
const { issueInvitation } =
  await import("#app/services/invitations/issue-invitation.server");
const { submitAttempt } =
  await import("#app/services/assessment/submit-attempt.server");
const { setPanel } = await import("#app/services/candidates/set-panel.server");
const { extendDueDate } =
  await import("#app/services/invitations/extend-due-date.server");
const { enqueuePanelCompleteIfDone } =
  await import("#app/services/notifications/enqueue.server");
const { runDueJobs } = await import("#app/services/jobs/worker.server");
const { emailHandlers } =
  await import("#app/services/notifications/deliver.server");
const {
  createAttempt,
  createCandidate,
  createOpening,
  createStaffUser,
  DEFAULT_CONTENT,
} = await import("../../../seed/factories");

afterAll(() => sink.close());

const HOUR = 60 * 60 * 1000;

async function drain(now?: () => Date) {
  while ((await runDueJobs({ handlers: emailHandlers, now })) > 0) {
    /* until nothing is due */
  }
}

function sentTo(email: string) {
  return sink.messages.filter((message) => message.to.includes(email));
}

async function round(settings: Record<string, boolean | number> = {}) {
  const admin = await createStaffUser({ role: "ADMIN" });
  const manager = await createStaffUser({ role: "HIRING_MANAGER" });
  const panelists = await Promise.all(
    [1, 2].map(() => createStaffUser({ role: "PANELIST" })),
  );
  const opening = await createOpening({
    hiringManagerId: manager.id,
    title: `Platform lead ${Math.random().toString(36).slice(2, 7)}`,
  });
  await prisma.opening.update({ where: { id: opening.id }, data: settings });
  const candidate = await createCandidate({ openingId: opening.id });
  await setPanel(
    admin,
    candidate.id,
    panelists.map((p) => p.id),
  );
  return { admin, manager, panelists, opening, candidate };
}

describe("emails through the queue", () => {
  it("confirms a submission to the candidate and tells each panelist", async () => {
    const { candidate, panelists, opening } = await round();
    const attempt = await createAttempt({
      candidateId: candidate.id,
      startedAt: new Date(),
    });
    await submitAttempt({
      attemptId: attempt.id,
      candidateId: candidate.id,
      code: candidate.code,
    });
    await drain();
    const [confirmation] = sentTo(candidate.email);
    expect(confirmation?.subject).toBe(
      `We received your assessment for ${opening.title}`,
    );
    for (const panelist of panelists) {
      const notices = sentTo(panelist.email);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.subject).toContain(candidate.code);
      expect(notices[0]!.body).toContain(
        `https://leadbench.example/panel/${candidate.id}`,
      );
      // Blind: a panelist's email never names the candidate.
      expect(notices[0]!.raw).not.toContain(candidate.name);
    }
    // A second submission (a double click) sends nothing more.
    await submitAttempt({
      attemptId: attempt.id,
      candidateId: candidate.id,
      code: candidate.code,
    });
    await drain();
    expect(sentTo(candidate.email)).toHaveLength(1);
  });

  it("tells the hiring manager once the whole panel has submitted", async () => {
    const { candidate, panelists, manager } = await round();
    await createAttempt({
      candidateId: candidate.id,
      startedAt: new Date(),
      submittedAt: new Date(),
    });
    const submitScorecard = async (panelistId: string) => {
      await prisma.scorecard.create({
        data: {
          candidateId: candidate.id,
          panelistId,
          rubricKey: DEFAULT_CONTENT.rubricKey,
          rubricVersion: DEFAULT_CONTENT.rubricVersion,
          status: "SUBMITTED",
          submittedAt: new Date(),
        },
      });
      await prisma.$transaction((tx) =>
        enqueuePanelCompleteIfDone(tx, {
          candidateId: candidate.id,
          baseUrl: "http://leadbench.test",
        }),
      );
      await drain();
    };
    await submitScorecard(panelists[0]!.id);
    expect(sentTo(manager.email)).toHaveLength(0);
    await submitScorecard(panelists[1]!.id);
    const [complete] = sentTo(manager.email);
    expect(complete?.subject).toContain("The panel is complete");
    expect(complete?.body).toContain("All 2 panelists");
  });

  it("sends nothing an opening has turned off", async () => {
    const { admin, candidate, panelists } = await round({
      emailInvitation: false,
      emailConfirmation: false,
      emailPanelistNotice: false,
      emailReminders: false,
    });
    const attempt = await createAttempt({
      candidateId: candidate.id,
      startedAt: new Date(),
    });
    const invitation = await issueInvitation(admin, candidate.id);
    expect(invitation.emailing).toBe(false);
    await submitAttempt({
      attemptId: attempt.id,
      candidateId: candidate.id,
      code: candidate.code,
    });
    await drain(() => new Date(Date.now() + 30 * 24 * HOUR));
    expect(sentTo(candidate.email)).toHaveLength(0);
    expect(sentTo(panelists[0]!.email)).toHaveLength(0);
  });

  it("reminds a candidate who has not started, at the set time before the due date", async () => {
    const { admin, candidate } = await round({
      timeAllowedDays: 7,
      reminderHoursBefore: 48,
    });
    const invitation = await issueInvitation(admin, candidate.id);
    await drain();
    expect(sentTo(candidate.email)).toHaveLength(1); // the invitation
    const remindAt = invitation.dueAt.getTime() - 48 * HOUR;
    await drain(() => new Date(remindAt - 60_000));
    expect(sentTo(candidate.email)).toHaveLength(1);
    await drain(() => new Date(remindAt + 60_000));
    const reminders = sentTo(candidate.email).slice(1);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toMatch(/^Reminder: your assessment/);
    expect(reminders[0]!.body).toContain("not started");
  });

  it("sends no reminder to a candidate who has submitted", async () => {
    const { admin, candidate } = await round();
    const invitation = await issueInvitation(admin, candidate.id);
    await createAttempt({
      candidateId: candidate.id,
      startedAt: new Date(),
      submittedAt: new Date(),
    });
    await drain(() => new Date(invitation.dueAt.getTime() - HOUR));
    expect(
      sentTo(candidate.email).filter((m) => m.subject.startsWith("Reminder")),
    ).toHaveLength(0);
    const reminder = await prisma.job.findFirstOrThrow({
      where: { kind: "email.reminder", dedupeKey: { contains: invitation.id } },
    });
    expect(reminder.status).toBe("DONE");
  });

  it("moves the reminder when an admin extends the due date, and audits it", async () => {
    const { admin, candidate } = await round({ reminderHoursBefore: 24 });
    const invitation = await issueInvitation(admin, candidate.id);
    await drain();
    const dueAt = await extendDueDate(admin, candidate.id, 3);
    expect(dueAt.getTime() - invitation.dueAt.getTime()).toBe(72 * HOUR);
    const stored = await prisma.invitation.findUniqueOrThrow({
      where: { id: invitation.id },
    });
    expect(stored.dueAt).toEqual(dueAt);
    expect(stored.expiresAt.getTime()).toBeGreaterThan(dueAt.getTime());
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: candidate.id, action: "invitation.extend" },
    });
    expect(audit.before).toEqual({ dueAt: invitation.dueAt.toISOString() });
    // The old reminder time passes without a reminder; the new one brings it.
    const reminders = () =>
      sentTo(candidate.email).filter((m) => m.subject.startsWith("Reminder"));
    await drain(() => new Date(invitation.dueAt.getTime() - 23 * HOUR));
    expect(reminders()).toHaveLength(0);
    await drain(() => new Date(dueAt.getTime() - 23 * HOUR));
    expect(reminders()).toHaveLength(1);
    expect(
      await prisma.job.count({
        where: { kind: "email.reminder", status: "CANCELLED" },
      }),
    ).toBeGreaterThanOrEqual(1);
  });
});
