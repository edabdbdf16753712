// The opening form's deadlines and email switches, parsed as the browser posts them: a
// ticked box sends "on", an unticked one sends nothing.
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { OpeningFormSchema } from "#app/domain/forms/opening";

function post(extra: Record<string, string>) {
  const form = new FormData();
  const fields: Record<string, string> = {
    title: "Platform lead",
    teamSize: "6",
    seniorityMix: "3 senior, 3 mid",
    codingSharePercent: "40",
    mainChallenge: "Split the monolith without stopping delivery.",
    targetLevel: "TL5",
    rubric: "tech-lead@1",
    questionSet: "tech-lead-default@1",
    exercise: "order-history@1",
    hiringManagerId: "cm0000000000000000000000a",
    timeAllowedDays: "10",
    reminderHoursBefore: "24",
    ...extra,
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return parseWithZod(form, { schema: OpeningFormSchema });
}

describe("opening settings", () => {
  it("reads ticked boxes as on and missing ones as off", () => {
    const submission = post({ emailInvitation: "on", emailReminders: "on" });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toMatchObject({
      timeAllowedDays: 10,
      reminderHoursBefore: 24,
      emailInvitation: true,
      emailReminders: true,
      emailConfirmation: false,
      emailPanelistNotice: false,
      emailPanelComplete: false,
    });
  });

  it("refuses a time allowed of zero days", () => {
    const submission = post({ timeAllowedDays: "0" });
    if (submission.status === "success") throw new Error("parsed");
    expect(submission.error?.timeAllowedDays).toEqual([
      "Give candidates at least a day.",
    ]);
  });
});
