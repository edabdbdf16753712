// Secrets for links and sessions: 256 random bits, and the SHA-256 we store instead of an
// invite token (the token alone is the credential, so the database never holds it).
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_BYTES = 32;

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Candidate codes avoid look-alike characters (0/O, 1/I) so they read aloud cleanly. */
const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

export function generateCandidateCode(): string {
  const bytes = randomBytes(4);
  const chars = Array.from(
    bytes,
    (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length],
  );
  return `C-${chars.join("")}`;
}
