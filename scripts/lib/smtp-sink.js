// A real SMTP server on loopback that keeps what it receives, for the tests: the integration
// tests start it in-process; the e2e run starts it as a process of its own (`node
// scripts/lib/smtp-sink.js <smtpPort> <httpPort>`) and reads its mailbox over HTTP.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { SMTPServer } from "smtp-server";

/**
 * @typedef {{ from: string, to: string[], raw: string, subject: string, body: string, messageId: string }} ReceivedEmail
 */

/** Undoes quoted-printable soft breaks and escapes, so a test can read links and words. */
export function decodeQuotedPrintable(/** @type {string} */ text) {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** @param {string} raw @param {string} name */
function header(raw, name) {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const match = unfolded.match(new RegExp(`^${name}: (.*)$`, "im"));
  return match?.[1]?.trim() ?? "";
}

/**
 * Starts the sink on 127.0.0.1:`port` (0 picks a free one).
 * @param {{ port?: number }} [options]
 */
export async function startSmtpSink({ port = 0 } = {}) {
  /** @type {ReceivedEmail[]} */
  const messages = [];
  /** @type {Array<() => void>} */
  let waiting = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on("data", (/** @type {Buffer} */ chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        messages.push({
          from: session.envelope.mailFrom
            ? session.envelope.mailFrom.address
            : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw,
          subject: header(raw, "Subject"),
          messageId: header(raw, "Message-ID"),
          body: decodeQuotedPrintable(
            raw
              .split(/\r?\n\r?\n/)
              .slice(1)
              .join("\n\n"),
          ),
        });
        const wake = waiting;
        waiting = [];
        for (const resolve of wake) resolve();
        callback();
      });
    },
  });
  await new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve(undefined)),
  );
  const address = server.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    /**
     * The first message that matches, once it has arrived.
     * @param {(message: ReceivedEmail) => boolean} matches
     */
    async waitFor(matches, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(matches);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error("No matching email arrived at the SMTP sink.");
        await new Promise((resolve) => {
          waiting.push(() => resolve(undefined));
          setTimeout(resolve, Math.min(left, 200));
        });
      }
    },
    close: () =>
      new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

// As a process: the sink plus a read-only JSON mailbox on loopback for the e2e tests.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
  if (!smtpPort || !httpPort) {
    console.error("Usage: node scripts/lib/smtp-sink.js <smtpPort> <httpPort>");
    process.exit(2);
  }
  const sink = await startSmtpSink({ port: smtpPort });
  createServer((req, res) => {
    res.setHeader("Content-Type", "application/json");
    res.end(
      JSON.stringify(req.url === "/messages" ? sink.messages : { ok: true }),
    );
  }).listen(httpPort, "127.0.0.1", () =>
    console.log(
      `SMTP sink on ${sink.url}, mailbox on http://127.0.0.1:${httpPort}/messages`,
    ),
  );
}
