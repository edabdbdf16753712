// The e2e tests' view of the emails the server sent: the SMTP sink's mailbox
// (scripts/lib/smtp-sink.js, started by playwright.config.ts), polled until a message arrives.
import { expect } from "@playwright/test";

export type Email = {
  from: string;
  to: string[];
  subject: string;
  body: string;
  raw: string;
};

async function messages(): Promise<Email[]> {
  const url = process.env.E2E_MAILBOX_URL;
  if (!url)
    throw new Error(
      "E2E_MAILBOX_URL is not set (playwright.config.ts sets it).",
    );
  return (await (await fetch(url)).json()) as Email[];
}

/** The first email to `to` whose subject matches, once it has arrived. */
export async function emailTo(to: string, subject: RegExp): Promise<Email> {
  let found: Email | undefined;
  await expect
    .poll(
      async () => {
        found = (await messages()).find(
          (message) => message.to.includes(to) && subject.test(message.subject),
        );
        return Boolean(found);
      },
      { message: `an email to ${to} with subject ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}
