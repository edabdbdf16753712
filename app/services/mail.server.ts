// Outgoing email, sent only by the background jobs (app/services/notifications/). Without
// SMTP_URL nothing is sent: the process logs what it would have sent, and admins copy links.
import nodemailer from "nodemailer";
import type { EmailMessage } from "#app/domain/emails/layout";
import { getEnv } from "#app/utils/env.server";

// Well inside the job lease (DEFAULT_LEASE_MS), so a hung server fails the try instead of
// letting another process deliver the same email alongside it.
const SMTP_TIMEOUT_MS = 30_000;

export function isEmailConfigured(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

/** The log keeps no invite token: the database holds only its hash, so neither may the log. */
function withoutTokens(text: string): string {
  return text.replace(/\/a\/[A-Za-z0-9_-]{20,}/g, "/a/[token]");
}

/**
 * Sends one email. `messageId` is stable per job: when a delivery is repeated (a process died
 * after the server accepted it), the receiving side sees the same message again, not a new one.
 */
export async function sendEmail(
  message: EmailMessage & { to: string; messageId: string },
): Promise<void> {
  const { SMTP_URL, SMTP_FROM } = getEnv();
  if (!SMTP_URL) {
    console.log(
      `Email not sent (SMTP_URL is not set): to ${message.to}, "${message.subject}"\n${withoutTokens(message.text)}`,
    );
    return;
  }
  const transport = nodemailer.createTransport({
    url: SMTP_URL,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: SMTP_FROM, ...message });
  } finally {
    transport.close();
  }
}
