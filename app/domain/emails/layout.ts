// The frame every email shares: one plain-text part and one HTML part built from the same
// paragraphs, values escaped, and at most one link, the one the reader needs.

export type EmailMessage = { subject: string; text: string; html: string };

export type EmailBody = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** After the link: what the reader should know about it. */
  footnote?: string;
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function composeEmail(body: EmailBody): EmailMessage {
  const text = [
    body.greeting,
    "",
    ...body.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(body.action ? [`${body.action.label}: ${body.action.url}`, ""] : []),
    ...(body.footnote ? [body.footnote, ""] : []),
    "— Leadbench",
  ].join("\n");
  const paragraph = (value: string) =>
    `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#0f172a;max-width:560px;margin:0 auto;padding:24px">',
    paragraph(body.greeting),
    ...body.paragraphs.map(paragraph),
    body.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(body.action.url)}" style="background:#1e3a8a;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(body.action.label)}</a></p>`
      : "",
    body.footnote ? paragraph(body.footnote) : "",
    '<p style="margin:0;color:#475569">— Leadbench</p>',
    "</body></html>",
  ].join("\n");
  return { subject: body.subject, text, html };
}
