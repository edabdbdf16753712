import { describe, expect, it } from "vitest";
import {
  generateCandidateCode,
  generateToken,
  hashToken,
  TOKEN_BYTES,
} from "#app/utils/tokens.server";

describe("invite tokens", () => {
  it("carry at least 128 random bits and never repeat", () => {
    expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    const tokens = new Set(Array.from({ length: 1000 }, generateToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens)
      expect(Buffer.from(token, "base64url")).toHaveLength(TOKEN_BYTES);
  });

  it("are stored as a SHA-256 fingerprint that does not contain the token", () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
    expect(hashToken(generateToken())).not.toBe(hash);
  });
});

describe("candidate codes", () => {
  it("look like C-7F3A and avoid look-alike characters", () => {
    for (let index = 0; index < 200; index++) {
      expect(generateCandidateCode()).toMatch(/^C-[2-9A-HJ-NP-Z]{4}$/);
    }
  });
});
