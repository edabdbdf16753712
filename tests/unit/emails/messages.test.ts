import { describe, expect, it } from "vitest";
import {
  dueDateFor,
  formatDueDateUtc,
  linkExpiryFor,
  reminderTimeFor,
} from "#app/domain/deadlines";
import {
  invitationEmail,
  reminderEmail,
  submissionWaitingEmail,
} from "#app/domain/emails/messages";

const due = new Date("2026-12-12T18:00:00Z");

describe("deadlines", () => {
  it("gives the opening's time allowed from the invitation", () => {
    expect(dueDateFor(new Date("2026-12-05T18:00:00Z"), 7)).toEqual(due);
  });

  it("keeps the link working at least a day past the due date", () => {
    const now = new Date("2026-12-05T18:00:00Z");
    expect(linkExpiryFor(now, due, 14)).toEqual(
      new Date("2026-12-19T18:00:00Z"),
    );
    expect(linkExpiryFor(now, new Date("2027-01-30T18:00:00Z"), 14)).toEqual(
      new Date("2027-01-31T18:00:00Z"),
    );
  });

  it("reminds a set time before the due date, unless that has passed", () => {
    const now = new Date("2026-12-05T18:00:00Z");
    expect(reminderTimeFor(due, 48, now)).toEqual(
      new Date("2026-12-10T18:00:00Z"),
    );
    expect(reminderTimeFor(due, 24 * 8, now)).toBeNull();
  });

  it("writes a due date the way people say it", () => {
    expect(formatDueDateUtc(due)).toBe("Saturday 12 December 2026, 18:00 UTC");
  });
});

describe("emails", () => {
  it("send the invitation as plain text and HTML, naming the opening", () => {
    const message = invitationEmail({
      candidateName: "Ada <Lovelace>",
      openingTitle: "Platform lead",
      url: "https://leadbench.example/a/token123",
      dueAt: due,
    });
    expect(message.subject).toBe("Your assessment for Platform lead");
    expect(message.text).toContain("https://leadbench.example/a/token123");
    expect(message.text).toContain("Saturday 12 December 2026, 18:00 UTC");
    expect(message.html).toContain(
      'href="https://leadbench.example/a/token123"',
    );
    expect(message.html).toContain("Ada &lt;Lovelace&gt;");
    expect(message.html).not.toContain("<Lovelace>");
  });

  it("remind without the link, which only the invitation carries", () => {
    const message = reminderEmail({
      candidateName: "Ada",
      openingTitle: "Platform lead",
      dueAt: due,
      started: true,
    });
    expect(message.text).toContain("not submitted it yet");
    expect(message.text).not.toMatch(/https?:/);
  });

  it("tell a panelist the candidate's code, never the name", () => {
    const message = submissionWaitingEmail({
      panelistName: "Priya",
      openingTitle: "Platform lead",
      candidateCode: "C-7F3A",
      url: "https://leadbench.example/panel/abc",
    });
    expect(message.subject).toContain("C-7F3A");
    expect(message.html).toContain("/panel/abc");
  });
});
