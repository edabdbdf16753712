// Outgoing email. Without SMTP_URL nothing is sent and the caller shows the link to copy.
import nodemailer from "nodemailer";
import { getEnv } from "#app/utils/env.server";

export function isEmailConfigured(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

export async function sendEmail(message: {
  to: string;
  subject: string;
  text: string;
}) {
  const { SMTP_URL, SMTP_FROM } = getEnv();
  if (!SMTP_URL) throw new Error("SMTP_URL is not configured");
  const transport = nodemailer.createTransport(SMTP_URL);
  try {
    await transport.sendMail({ from: SMTP_FROM, ...message });
  } finally {
    transport.close();
  }
}
